using System.Security.Claims;
using System.Text.Json;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using BackCareBot.DirectLine.Conversations;
using Microsoft.Extensions.Logging;

namespace BackCareBot.DirectLine.Delivery;

/// <summary>
/// The adapter for the built-in Direct Line. It derives from the same <see cref="BotAdapter"/> as the Bot Connector's
/// <see cref="CloudAdapter"/>, so a turn runs the same middleware, bot and error boundary; only the end of the send
/// chain differs: where <see cref="CloudAdapter"/> POSTs to the channel, this one logs into the conversation, from
/// which GET and the WebSocket deliver. Replies reach the log as they are sent, so a typing indicator shows while the
/// bot works and a <c>delay</c> paces messages as it would on Azure.
/// </summary>
internal sealed class DirectLineAdapter(
    IEnumerable<IMiddleware> middleware,
    ITurnErrorRecovery errorRecovery,
    TimeProvider timeProvider,
    ILogger<DirectLineAdapter> logger)
    : BotAdapter(middleware, errorRecovery, logger)
{
    /// <summary>What /api/messages puts in TurnState when authentication is off: nobody vouched for the caller.</summary>
    public const string AuthenticationType = "DirectLine";

    private const string ConversationKey = "BackCareBot.DirectLine.Conversation";

    // Same bound as the Bot Connector adapter: a long pause would hold the client's POST open.
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(5);

    /// <summary>Runs one turn. Never throws for a failure of the bot; a cancelled token still cancels.</summary>
    public Task<TurnOutcome> RunTurnAsync(DirectLineConversation conversation, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(bot);
        var turnContext = new TurnContext(this, activity);
        turnContext.TurnState.Set(new ClaimsIdentity([], AuthenticationType));
        turnContext.TurnState.Set(ConversationKey, conversation);
        return RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken);
    }

    /// <summary>The Direct Line conversation of a turn this adapter runs; null for a turn from any other channel.</summary>
    public static DirectLineConversation? ConversationOf(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<DirectLineConversation>(ConversationKey);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var conversation = turnContext.TurnState.Get<DirectLineConversation>(ConversationKey)
            ?? throw new InvalidOperationException("This adapter only runs turns it started itself.");
        var responses = new ResourceResponse[activities.Count];
        for (var i = 0; i < activities.Count; i++)
        {
            responses[i] = await SendOneAsync(conversation, activities[i], cancellationToken).ConfigureAwait(false);
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The built-in Direct Line does not update activities it has delivered.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The built-in Direct Line does not delete activities it has delivered.");

    private async Task<ResourceResponse> SendOneAsync(DirectLineConversation conversation, Activity activity, CancellationToken cancellationToken)
    {
        if (activity.IsType(ActivityTypes.Delay))
        {
            await Task.Delay(ReadDelay(activity), timeProvider, cancellationToken).ConfigureAwait(false);
            return new ResourceResponse();
        }

        // Traces are for developers and only the Emulator shows them; an invoke's answer has no HTTP response to ride
        // on here, since the client's POST is answered with the activity id.
        if (activity.IsType(ActivityTypes.Trace) || activity.IsType(ActivityTypes.InvokeResponse))
        {
            return new ResourceResponse();
        }

        activity.From ??= new ChannelAccount();
        activity.From.Role ??= RoleTypes.Bot;
        var logged = conversation.Append(activity, timeProvider.GetUtcNow());
        return new ResourceResponse(logged?.Id);
    }

    private static TimeSpan ReadDelay(Activity activity)
    {
        var milliseconds = activity.Value is { ValueKind: JsonValueKind.Number } value && value.TryGetDouble(out var ms) ? ms : 0;
        return TimeSpan.FromMilliseconds(Math.Clamp(milliseconds, 0, MaxDelay.TotalMilliseconds));
    }
}
