using BackCareBot.BotFramework.Pipeline;

namespace BackCareBot.DirectLine.Delivery;

/// <summary>
/// "forget me" in web chat also deletes the conversation's history held here (what the person wrote and what the bot
/// answered), which would otherwise stay in memory, readable with the conversation's token, until it expired. Only
/// the conversation the turn came through is touched: a turn from another channel finds none.
/// </summary>
internal sealed class DirectLineHistoryEraser : IConversationEraser
{
    public Task EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        DirectLineAdapter.ConversationOf(turnContext)?.Forget();
        return Task.CompletedTask;
    }
}
