using BackCareBot.Evaluation;

namespace BackCareBot.Tools.Tests.Evaluation;

/// <summary>A bot that answers each message text with a scripted outcome and fails on anything unscripted.</summary>
internal sealed class ScriptedSubject(IReadOnlyDictionary<string, TurnOutcome> script) : IEvaluationSubject
{
    public List<List<string>> Conversations { get; } = [];

    public IEvaluationConversation StartConversation()
    {
        var received = new List<string>();
        Conversations.Add(received);
        return new ScriptedConversation(script, received);
    }
}
