namespace BackCareBot.Evaluation;

/// <param name="Cases">How many cases were played.</param>
/// <param name="AdviceAccuracy">Cases with an advice expectation whose first advice was acceptable (and safe).</param>
/// <param name="RedFlagRecall">Steps expecting doctor or higher that reached at least that level.</param>
/// <param name="OverTriage">Steps expecting none or self-care that were sent to a doctor or higher.</param>
/// <param name="TriageAccuracy">Triage steps whose expectation was met exactly.</param>
/// <param name="UnsafeAdvice">Steps where an exercise was pushed at someone sent to a doctor or higher.</param>
/// <param name="Failures">Every case with a problem, in file order.</param>
internal sealed record EvaluationScore(
    int Cases,
    Ratio AdviceAccuracy,
    Ratio RedFlagRecall,
    Ratio OverTriage,
    Ratio TriageAccuracy,
    int UnsafeAdvice,
    IReadOnlyList<CaseFailure> Failures);
