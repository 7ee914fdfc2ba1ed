namespace BackCareBot.BotFramework.Pipeline;

/// <summary>
/// Runs around every turn, in registration order. Not calling <paramref name="continueTurn"/> ends the turn
/// before the bot sees it.
/// </summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, ContinueTurn continueTurn, CancellationToken cancellationToken);
}
