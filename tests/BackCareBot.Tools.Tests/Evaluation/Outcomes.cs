using BackCareBot.BackCare.Triage;
using BackCareBot.Evaluation;

namespace BackCareBot.Tools.Tests.Evaluation;

/// <summary>Short names for what a scripted bot decides, so the test tables read like the evaluation file.</summary>
internal static class Outcomes
{
    public static TurnOutcome Nothing { get; } = new(null, null, false);

    public static TurnOutcome Asks { get; } = new(null, null, true);

    public static TurnOutcome Advice(string adviceId) => new(adviceId, null, false);

    public static TurnOutcome Triage(TriageLevel level, string? adviceId = null) => new(adviceId, level, false);
}
