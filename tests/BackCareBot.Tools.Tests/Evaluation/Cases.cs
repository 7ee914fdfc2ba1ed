using BackCareBot.Evaluation;

namespace BackCareBot.Tools.Tests.Evaluation;

/// <summary>Builds evaluation cases in code, as a line of the file would.</summary>
internal static class Cases
{
    private static int line;

    public static EvaluationCase Case(
        string[] turns,
        string[]? advice = null,
        ExpectedTriage? triage = null,
        params (string Say, ExpectedTriage Triage)[] then)
    {
        var number = Interlocked.Increment(ref line);
        return new EvaluationCase(
            $"case-{number}",
            turns,
            advice,
            triage,
            [.. then.Select(step => new FollowUpStep(step.Say, step.Triage))],
            new CaseLocation("set.jsonl", number));
    }
}
