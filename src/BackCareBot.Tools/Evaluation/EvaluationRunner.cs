namespace BackCareBot.Evaluation;

/// <summary>Plays each case in a fresh conversation with the subject and records what it decided.</summary>
internal static class EvaluationRunner
{
    public static async Task<IReadOnlyList<CaseRun>> RunAsync(
        IEvaluationSubject subject, IEnumerable<EvaluationCase> cases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(cases);
        var runs = new List<CaseRun>();
        foreach (var evaluationCase in cases)
        {
            runs.Add(await RunCaseAsync(subject, evaluationCase, cancellationToken).ConfigureAwait(false));
        }

        return runs;
    }

    private static async Task<CaseRun> RunCaseAsync(
        IEvaluationSubject subject, EvaluationCase evaluationCase, CancellationToken cancellationToken)
    {
        var outcomes = new List<TurnOutcome>(evaluationCase.Messages.Count);
        try
        {
            var conversation = subject.StartConversation();
            try
            {
                foreach (var message in evaluationCase.Messages)
                {
                    outcomes.Add(await conversation.SendAsync(message, cancellationToken).ConfigureAwait(false));
                }
            }
            finally
            {
                if (conversation is IAsyncDisposable disposable)
                {
                    await disposable.DisposeAsync().ConfigureAwait(false);
                }
            }

            return new CaseRun(evaluationCase, outcomes);
        }
#pragma warning disable CA1031 // One case that crashes the bot is a failing case; the rest of the report still matters.
        catch (Exception exception) when (exception is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return new CaseRun(evaluationCase, outcomes, $"{exception.GetType().Name}: {exception.Message}");
        }
    }
}
