using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackCareBot.BotFramework.Tests.Fakes;

/// <summary>An adapter that keeps what the bot sends; <see cref="FailSending"/> makes a send throw.</summary>
public sealed class RecordingAdapter(
    IEnumerable<IMiddleware>? middleware = null,
    ITurnErrorRecovery? errorRecovery = null,
    ILogger? logger = null)
    : BotAdapter(middleware ?? [], errorRecovery ?? new ApologyOnlyRecovery(), logger ?? NullLogger.Instance)
{
    private int _nextId;

    public List<Activity> Sent { get; } = [];

    public List<Activity> Updated { get; } = [];

    public List<ConversationReference> Deleted { get; } = [];

    public Func<Activity, Exception?>? FailSending { get; set; }

    public Task<TurnOutcome> RunAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
        RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);

    public override Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var responses = new List<ResourceResponse>();
        foreach (var activity in activities)
        {
            if (FailSending?.Invoke(activity) is { } failure)
            {
                throw failure;
            }

            Sent.Add(activity);
            responses.Add(new ResourceResponse($"sent-{++_nextId}"));
        }

        return Task.FromResult(responses.ToArray());
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        Updated.Add(activity);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        Deleted.Add(reference);
        return Task.CompletedTask;
    }
}
