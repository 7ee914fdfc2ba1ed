namespace BackCareBot.BackCare.Triage.Vocabulary;

/// <summary>
/// How long phrases that the date recogniser does not resolve ("for ages", "for months") or that mean new pain
/// ("just started"). Vague long phrases take a value safely past the one-week rule.
/// </summary>
internal static class DurationPhrases
{
    public static IReadOnlyList<(string Phrase, TimeSpan Value)> All { get; } =
    [
        ("for|since ages|yonks", TimeSpan.FromDays(30)),
        ("ages now", TimeSpan.FromDays(30)),
        ("for|since forever", TimeSpan.FromDays(365)),
        ("a|such ..1 long time|while", TimeSpan.FromDays(30)),
        ("for|since months", TimeSpan.FromDays(60)),
        ("months now|on", TimeSpan.FromDays(60)),
        ("many months", TimeSpan.FromDays(120)),
        ("for|since years", TimeSpan.FromDays(730)),
        ("years now|on", TimeSpan.FromDays(730)),
        ("many years", TimeSpan.FromDays(1825)),
        ("for weeks", TimeSpan.FromDays(14)),
        ("weeks now|on", TimeSpan.FromDays(14)),
        ("many weeks", TimeSpan.FromDays(30)),
        ("for days", TimeSpan.FromDays(3)),
        ("days now", TimeSpan.FromDays(3)),
        ("chronic|chronically", TimeSpan.FromDays(90)),
        ("!a week and a half", TimeSpan.FromDays(10.5)),
        ("just|only started|begun|began|came|come|happened|now !a|an|my|the|doing|working|using|stretching|sitting|standing"
            + "|yoga|going|new|this|that|at|with|exercising|running|walking|work|job", TimeSpan.Zero),
    ];
}
