using System.Net;
using System.Security.Claims;
using System.Text.Json;
using BackCareBot.BotFramework.Connector;
using BackCareBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace BackCareBot.BotFramework.Pipeline;

/// <summary>
/// The adapter for Bot Framework channels: replies go to the channel's Bot Connector service, except for
/// <c>expectReplies</c> requests (collected and returned in the HTTP response) and <c>invoke</c> results
/// (returned as the HTTP status and body).
/// </summary>
public sealed class CloudAdapter(
    BotConnectorClient connector,
    IEnumerable<IMiddleware> middleware,
    ITurnErrorRecovery errorRecovery,
    TimeProvider timeProvider,
    ILogger<CloudAdapter> logger)
    : BotAdapter(middleware, errorRecovery, logger)
{
    private const string BufferedRepliesKey = "BackCareBot.BufferedReplies";
    private const string InvokeResponseKey = "BackCareBot.InvokeResponse";

    // A "delay" pseudo-activity pauses the turn; a long one would outlast the channel's timeout.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Runs one turn for an authenticated activity and says what the HTTP response should be. Never throws for a
    /// failure of the bot or the channel (those become a status); a cancelled request still cancels.
    /// </summary>
    public async Task<InvokeResponse> ProcessActivityAsync(
        Activity activity, ClaimsIdentity identity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var response = await RunTurnAsync(activity, identity, callback, cancellationToken).ConfigureAwait(false);
        return response.ToInvokeResponse();
    }

    public Task<InvokeResponse> ProcessActivityAsync(Activity activity, ClaimsIdentity identity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return ProcessActivityAsync(activity, identity, bot.OnTurnAsync, cancellationToken);
    }

    /// <summary><see cref="ProcessActivityAsync(Activity, ClaimsIdentity, BotCallbackHandler, CancellationToken)"/>, with the replies not yet JSON.</summary>
    internal async Task<TurnResponse> RunTurnAsync(
        Activity activity, ClaimsIdentity identity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(callback);

        var turnContext = new TurnContext(this, activity);
        turnContext.TurnState.Set(identity);
        if (activity.ExpectsReplies())
        {
            turnContext.TurnState.Set(BufferedRepliesKey, new List<Activity>());
        }

        var outcome = await RunPipelineAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            TurnOutcome.DeliveryFailed => TurnResponse.Empty(HttpStatusCode.BadGateway),
            TurnOutcome.Failed => TurnResponse.Empty(HttpStatusCode.InternalServerError),
            _ => TurnResponseOf(turnContext),
        };
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var bufferedReplies = turnContext.TurnState.Get<List<Activity>>(BufferedRepliesKey);
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];

            // The channel assigns ids; one left over from an inbound activity would be taken as the reply's own.
            activity.Id = null;
            responses[i] = await SendOneAsync(turnContext, activity, bufferedReplies, cancellationToken).ConfigureAwait(false);
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        connector.UpdateActivityAsync(activity, cancellationToken);

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return connector.DeleteActivityAsync(
            reference.ServiceUrl ?? string.Empty, reference.Conversation?.Id ?? string.Empty, reference.ActivityId ?? string.Empty, cancellationToken);
    }

    private async Task<ResourceResponse> SendOneAsync(
        ITurnContext turnContext, Activity activity, List<Activity>? bufferedReplies, CancellationToken cancellationToken)
    {
        if (activity.IsType(ActivityTypes.InvokeResponse))
        {
            turnContext.TurnState.Set(InvokeResponseKey, ReadInvokeResponse(activity));
            return new ResourceResponse();
        }

        if (activity.IsType(ActivityTypes.Delay))
        {
            if (bufferedReplies is null)
            {
                await Task.Delay(ReadDelay(activity), timeProvider, cancellationToken).ConfigureAwait(false);
            }

            return new ResourceResponse();
        }

        if (bufferedReplies is not null)
        {
            bufferedReplies.Add(activity);
            return new ResourceResponse();
        }

        // Traces are for developers; only the Emulator shows them.
        if (activity.IsType(ActivityTypes.Trace) && !string.Equals(activity.ChannelId, Channels.Emulator, StringComparison.Ordinal))
        {
            return new ResourceResponse();
        }

        return string.IsNullOrWhiteSpace(activity.ReplyToId)
            ? await connector.SendToConversationAsync(activity, cancellationToken).ConfigureAwait(false)
            : await connector.ReplyToActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }

    private static TurnResponse TurnResponseOf(TurnContext turnContext)
    {
        if (turnContext.TurnState.Get<List<Activity>>(BufferedRepliesKey) is { } replies)
        {
            return TurnResponse.WithReplies(replies);
        }

        if (turnContext.Activity.IsType(ActivityTypes.Invoke))
        {
            return turnContext.TurnState.Get<InvokeResponse>(InvokeResponseKey) is { } invokeResponse
                ? TurnResponse.From(invokeResponse)
                : TurnResponse.Empty(HttpStatusCode.NotImplemented);
        }

        return TurnResponse.Empty(HttpStatusCode.OK);
    }

    private static InvokeResponse ReadInvokeResponse(Activity activity)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            return value.Deserialize(BotJson.TypeInfo<InvokeResponse>()) ?? new InvokeResponse((int)HttpStatusCode.OK);
        }

        throw new ArgumentException("An invokeResponse activity carries an InvokeResponse in its value.", nameof(activity));
    }

    private static TimeSpan ReadDelay(Activity activity)
    {
        var milliseconds = activity.Value is { ValueKind: JsonValueKind.Number } value && value.TryGetDouble(out var ms) ? ms : 0;
        return TimeSpan.FromMilliseconds(Math.Clamp(milliseconds, 0, MaxDelay.TotalMilliseconds));
    }
}
