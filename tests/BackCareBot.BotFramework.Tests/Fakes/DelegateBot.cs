using BackCareBot.BotFramework.Pipeline;

namespace BackCareBot.BotFramework.Tests.Fakes;

public sealed class DelegateBot(Func<ITurnContext, CancellationToken, Task> onTurn) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) => onTurn(turnContext, cancellationToken);
}
