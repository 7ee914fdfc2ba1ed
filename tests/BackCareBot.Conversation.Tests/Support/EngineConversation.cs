using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.State;

namespace BackCareBot.Conversation.Tests.Support;

/// <summary>Plays messages through <see cref="DialogEngine"/> alone, carrying the state from turn to turn as storage would.</summary>
internal static class EngineConversation
{
    public static IReadOnlyList<TurnResult> Play(params string[] messages)
    {
        var engine = Content.Engine;
        var state = DialogState.Fresh;
        var results = new List<TurnResult>(messages.Length);
        foreach (var message in messages)
        {
            var result = engine.Handle(state, message, TestBot.Now);
            results.Add(result);
            state = result.State ?? DialogState.Fresh;
        }

        return results;
    }

    public static TurnResult Last(params string[] messages) => Play(messages)[^1];
}
