using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Pipeline;

/// <summary>
/// What the application does after a turn failed: forget the conversation's dialog state (so the next message
/// does not fail the same way) and apologise to the user. The error itself is logged by the adapter.
/// </summary>
public interface ITurnErrorRecovery
{
    Task ResetConversationAsync(ITurnContext turnContext, CancellationToken cancellationToken);

    /// <summary>A plain message; it is addressed to the user like any other reply. Never include exception text.</summary>
    Activity CreateApology(ITurnContext turnContext);
}
