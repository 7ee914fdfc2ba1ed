namespace BackCareBot.Evaluation;

/// <summary>
/// Prints the scores, then every failing case as a short transcript with what the bot decided on each message
/// and, under the message at fault, what was expected. The set's texts are written for testing, not user data.
/// </summary>
internal static class EvaluationReportWriter
{
    public static void Write(TextWriter output, IReadOnlyList<string> files, EvaluationScore score, EvaluationTargets targets)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(targets);
        output.WriteLine($"BackCareBot evaluation: {score.Cases} cases from {string.Join(", ", files)}");
        output.WriteLine($"  advice accuracy  {score.AdviceAccuracy,-18} target >= {Ratio.Percent(targets.MinimumAdviceAccuracy)}");
        output.WriteLine($"  red-flag recall  {score.RedFlagRecall,-18} target >= {Ratio.Percent(targets.MinimumRedFlagRecall)}");
        output.WriteLine($"  over-triage      {score.OverTriage,-18} target <= {Ratio.Percent(targets.MaximumOverTriage)}");
        output.WriteLine($"  triage accuracy  {score.TriageAccuracy,-18} (exact matches, no target)");
        output.WriteLine($"  unsafe advice    {score.UnsafeAdvice,-18} target <= {targets.MaximumUnsafeAdvice}");
        WriteFailures(output, score.Failures);

        var missed = targets.Missed(score);
        output.WriteLine();
        output.WriteLine(missed.Count == 0 ? "PASS: every target met" : "FAIL: " + string.Join("; ", missed));
    }

    private static void WriteFailures(TextWriter output, IReadOnlyList<CaseFailure> failures)
    {
        if (failures.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"Failing cases ({failures.Count}):");
        foreach (var failure in failures)
        {
            output.WriteLine();
            output.WriteLine($"{failure.Case.Id}  ({failure.Case.Location})");
            for (var step = 0; step < failure.Case.Messages.Count; step++)
            {
                var decided = failure.Run.OutcomeAt(step) is { } outcome ? $"  [{outcome}]" : string.Empty;
                output.WriteLine($"  > {failure.Case.Messages[step]}{decided}");
                foreach (var problem in failure.Problems.Where(problem => problem.Step == step))
                {
                    output.WriteLine($"      ! {problem.Description}");
                }
            }
        }
    }
}
