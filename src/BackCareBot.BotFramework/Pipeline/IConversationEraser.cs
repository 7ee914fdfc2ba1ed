namespace BackCareBot.BotFramework.Pipeline;

/// <summary>
/// A component that keeps a record of conversations beside the bot's state (a recording, a channel's message history)
/// and deletes the turn's conversation from it when the bot is told to forget it. The bot calls every registered one in
/// the turn that forgets ("forget me", an uninstall), after deleting its own state, so "forget me" leaves nothing of
/// the conversation behind wherever this process kept it.
/// </summary>
public interface IConversationEraser
{
    Task EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
