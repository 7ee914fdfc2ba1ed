namespace BackCareBot.BotFramework.Pipeline;

/// <summary>The application: handles one inbound activity per call.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
