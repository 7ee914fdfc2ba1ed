namespace BackCareBot.BackCare.Triage.Rules;

/// <summary>
/// A way of saying how long that the date recogniser does not resolve ("for ages", "just started"), with the length
/// it stands for. Vague long phrases take a value safely past the one-week rule.
/// </summary>
/// <param name="Examples">Messages about pain whose duration this phrase must give as <paramref name="Value"/>.</param>
public sealed record DurationRule(string Phrase, TimeSpan Value, IReadOnlyList<string> Examples);
