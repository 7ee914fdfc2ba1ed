namespace BackCareBot.BackCare.Triage.Rules;

/// <summary>
/// A yearly occasion the date recogniser does not know ("since pancake day", "since half term"): the pain has lasted
/// since the latest of its <see cref="Dates"/> on or before the day the person wrote.
/// </summary>
/// <param name="Dates">When it falls each year; where the day varies ("the late May bank holiday"), its earliest
/// possible day, so a length is never read shorter than it can be.</param>
/// <param name="Examples">Messages with the day they were written and the days of pain they must give.</param>
public sealed record OccasionRule(string Phrase, IReadOnlyList<OccasionDate> Dates, IReadOnlyList<OccasionExample> Examples);

/// <param name="Written">The day the person wrote the message.</param>
public sealed record OccasionExample(string Message, DateOnly Written, double Days);
