using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Tests.Fakes;

public sealed class RecordingRecovery(string apology = RecordingRecovery.Apology, Exception? resetFailure = null) : ITurnErrorRecovery
{
    public const string Apology = "Sorry, that went wrong. If the pain is severe, call emergency services.";

    public List<string?> ResetConversations { get; } = [];

    public Task ResetConversationAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ResetConversations.Add(turnContext.Activity.Conversation?.Id);
        return resetFailure is null ? Task.CompletedTask : Task.FromException(resetFailure);
    }

    public Activity CreateApology(ITurnContext turnContext) => new() { Type = ActivityTypes.Message, Text = apology };
}
