namespace BackCareBot.Evaluation;

/// <summary>
/// What the bot decided on each message of a case. When the bot failed, <see cref="Error"/> says how and
/// <see cref="Outcomes"/> stops before the message it failed on.
/// </summary>
internal sealed record CaseRun(EvaluationCase Case, IReadOnlyList<TurnOutcome> Outcomes, string? Error = null)
{
    public bool Completed => Error is null && Outcomes.Count == Case.Messages.Count;

    public TurnOutcome? OutcomeAt(int step) => step < Outcomes.Count ? Outcomes[step] : null;
}
