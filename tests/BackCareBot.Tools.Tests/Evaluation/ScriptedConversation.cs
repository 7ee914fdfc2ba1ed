using BackCareBot.Evaluation;

namespace BackCareBot.Tools.Tests.Evaluation;

internal sealed class ScriptedConversation(IReadOnlyDictionary<string, TurnOutcome> script, List<string> received)
    : IEvaluationConversation
{
    public ValueTask<TurnOutcome> SendAsync(string text, CancellationToken cancellationToken)
    {
        received.Add(text);
        return script.TryGetValue(text, out var outcome)
            ? ValueTask.FromResult(outcome)
            : throw new InvalidOperationException("unscripted message");
    }
}
