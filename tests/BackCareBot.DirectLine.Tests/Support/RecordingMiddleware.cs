using System.Collections.Concurrent;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.DirectLine.Tests.Support;

/// <summary>Middleware that notes each turn's activity type and what its send handler saw, ids included.</summary>
internal sealed class RecordingMiddleware : IMiddleware
{
    public ConcurrentQueue<string> Turns { get; } = new();

    public ConcurrentQueue<string?> SentIds { get; } = new();

    public async Task OnTurnAsync(ITurnContext turnContext, ContinueTurn next, CancellationToken cancellationToken)
    {
        Turns.Enqueue(turnContext.Activity.Type ?? string.Empty);
        turnContext.OnSendActivities(async (context, activities, sendNext) =>
        {
            var responses = await sendNext();
            foreach (var response in responses)
            {
                SentIds.Enqueue(response.Id);
            }

            return responses;
        });
        await next(cancellationToken);
    }
}
