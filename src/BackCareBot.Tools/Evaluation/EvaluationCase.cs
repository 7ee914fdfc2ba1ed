namespace BackCareBot.Evaluation;

/// <summary>
/// One conversation to play against the bot and what it must decide. <see cref="Advice"/> null means advice is not
/// checked, empty means the bot must give none; <see cref="Triage"/> null means the triage after the turns is not checked.
/// </summary>
internal sealed record EvaluationCase(
    string Id,
    IReadOnlyList<string> Turns,
    IReadOnlyList<string>? Advice,
    ExpectedTriage? Triage,
    IReadOnlyList<FollowUpStep> Then,
    CaseLocation Location)
{
    /// <summary>Every message the case sends, in order: the turns, then the follow-ups.</summary>
    public IReadOnlyList<string> Messages { get; } = [.. Turns, .. Then.Select(step => step.Say)];

    /// <summary>The triage checks, each with the index in <see cref="Messages"/> after which it applies.</summary>
    public IEnumerable<(int Step, ExpectedTriage Expected)> TriageChecks
    {
        get
        {
            if (Triage is { } afterTurns)
            {
                yield return (Turns.Count - 1, afterTurns);
            }

            for (var i = 0; i < Then.Count; i++)
            {
                yield return (Turns.Count + i, Then[i].Triage);
            }
        }
    }
}
