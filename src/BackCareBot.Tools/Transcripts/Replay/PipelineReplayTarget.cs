using System.Net;
using System.Security.Claims;
using System.Text.Json;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Replay;

/// <summary>
/// Replays through the real turn pipeline, in process: each activity goes to <see cref="CloudAdapter"/> with
/// <c>deliveryMode: expectReplies</c>, so the middleware, the bot and the error boundary run as for a channel and the
/// replies come back in the response instead of going to a Bot Connector.
/// </summary>
/// <param name="owner">What made the adapter and bot (a service provider), disposed with this target.</param>
public sealed class PipelineReplayTarget(CloudAdapter adapter, IBot bot, ReplayClock clock, IAsyncDisposable? owner = null) : IReplayTarget
{
    private static readonly ClaimsIdentity Anonymous = new([], "Anonymous");

    public async Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        clock.StartTurn(activity.Timestamp ?? activity.LocalTimestamp);
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var response = await adapter.ProcessActivityAsync(activity, Anonymous, bot, cancellationToken).ConfigureAwait(false);
        if (response.Status != (int)HttpStatusCode.OK || response.Body is not { ValueKind: JsonValueKind.Object } body)
        {
            throw new ReplayTurnException($"The turn ended with status {response.Status} and no replies.");
        }

        return [.. body.Deserialize(BotJson.TypeInfo<ExpectedReplies>())?.Activities ?? []];
    }

    public ValueTask DisposeAsync() => owner?.DisposeAsync() ?? ValueTask.CompletedTask;
}
