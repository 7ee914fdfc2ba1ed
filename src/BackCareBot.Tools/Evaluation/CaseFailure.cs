namespace BackCareBot.Evaluation;

/// <summary>A case the bot got wrong, with what it decided and everything that went wrong.</summary>
internal sealed record CaseFailure(CaseRun Run, IReadOnlyList<CaseProblem> Problems)
{
    public EvaluationCase Case => Run.Case;
}
