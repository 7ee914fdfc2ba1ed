using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Conversation.Bot;

/// <summary>
/// After a failed turn: forget the conversation's dialog state, so the next message cannot fail the same way, and
/// apologise with the safety line, because the person may have been describing a warning sign.
/// </summary>
public sealed class BackCareErrorRecovery(IStorage storage, ReplyWording wording) : ITurnErrorRecovery
{
    public Task ResetConversationAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return storage.DeleteAsync(ConversationKeys.DialogState(turnContext.Activity), cancellationToken);
    }

    public Activity CreateApology(ITurnContext turnContext) => new()
    {
        Type = ActivityTypes.Message,
        Text = wording.Apology + "\n\n" + wording.SafetyLine,
        InputHint = InputHints.AcceptingInput,
    };
}
