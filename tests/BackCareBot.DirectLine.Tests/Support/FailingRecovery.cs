using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.DirectLine.Tests.Support;

/// <summary>An error recovery that cannot even apologise, so a failed turn stays failed.</summary>
internal sealed class FailingRecovery : ITurnErrorRecovery
{
    public Task ResetConversationAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    public Activity CreateApology(ITurnContext turnContext) => throw new InvalidOperationException("No apology available.");
}
