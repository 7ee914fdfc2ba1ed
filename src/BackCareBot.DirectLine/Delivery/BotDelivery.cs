using System.Text.Json;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using BackCareBot.DirectLine.Conversations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine.Delivery;

/// <summary>
/// Hands activities to the bot, one turn at a time per conversation. Turns are not cancelled when the client's request
/// goes away: the user's message is already in the log, and the reply should follow it there.
/// </summary>
internal sealed class BotDelivery(
    DirectLineAdapter adapter,
    IOptions<DirectLineOptions> options,
    TimeProvider timeProvider,
    IHostApplicationLifetime lifetime,
    ILogger<BotDelivery> logger)
{
    /// <summary>The activity id of the conversationUpdate that starts a conversation; clients never receive it.</summary>
    public const long StartSequence = 0;

    public ChannelAccount BotAccount() => new(options.Value.BotId, options.Value.BotName) { Role = RoleTypes.Bot };

    /// <summary>Tells the bot that it and the user joined, as Direct Line does when a token names the user.</summary>
    public Task<TurnOutcome> StartAsync(DirectLineConversation conversation, string serviceUrl, string? locale, IBot bot)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var user = new ChannelAccount(conversation.UserId) { Role = RoleTypes.User };
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = DirectLineConversation.ActivityId(conversation.Id, StartSequence),
            Timestamp = timeProvider.GetUtcNow(),
            ServiceUrl = serviceUrl,
            ChannelId = Channels.Webchat,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = user,
            Recipient = BotAccount(),
            MembersAdded = [BotAccount(), new ChannelAccount(conversation.UserId) { Role = RoleTypes.User }],
            Locale = locale,
        };
        return RunAsync(conversation, update, bot);
    }

    /// <summary>Gives the bot its own copy of a logged activity, so nothing the bot changes alters the log.</summary>
    public Task<TurnOutcome> DeliverAsync(DirectLineConversation conversation, LoggedActivity logged, IBot bot)
    {
        ArgumentNullException.ThrowIfNull(logged);
        var activity = JsonSerializer.Deserialize(logged.Json, BotJson.TypeInfo<Activity>())
            ?? throw new InvalidOperationException("A logged activity could not be read back.");
        return RunAsync(conversation, activity, bot);
    }

    private async Task<TurnOutcome> RunAsync(DirectLineConversation conversation, Activity activity, IBot bot)
    {
        var stopping = lifetime.ApplicationStopping;
        await conversation.TurnGate.WaitAsync(stopping).ConfigureAwait(false);
        TurnOutcome outcome;
        try
        {
            outcome = await adapter.RunTurnAsync(conversation, activity, bot, stopping).ConfigureAwait(false);
        }
        finally
        {
            conversation.TurnGate.Release();
        }

        if (outcome is TurnOutcome.Failed or TurnOutcome.DeliveryFailed)
        {
            DirectLineLog.TurnFailed(logger, conversation.Id, outcome);
        }

        return outcome;
    }
}
