using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using BackCareBot.Conversation.Channels;
using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.Replies;
using BackCareBot.Conversation.State;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Conversation.Bot;

/// <summary>
/// BackCareBot's turn: a message goes through the dialogs (<see cref="DialogEngine"/>) with the conversation's state
/// (in a shared conversation, the person's); new members of a one-to-one chat get the welcome with the disclaimer,
/// once, and a group chat or team once per installation; an uninstall deletes what is stored about the conversation.
/// </summary>
public sealed class BackCareConversationBot(
    DialogTurnRunner turns,
    ReplyComposer composer,
    ReplyActivityFactory replies,
    WelcomeTracker welcomes,
    DialogStateStore store,
    ConversationMetrics metrics,
    IEnumerable<IConversationEraser> erasers,
    TimeProvider timeProvider,
    ILogger<BackCareConversationBot> logger) : IBot
{
    /// <summary>Members of one conversationUpdate that are looked at; the rest of a huge update is ignored.</summary>
    public const int MaxMembersPerUpdate = 50;

    /// <summary>What the welcome record of a shared installation holds: that the installation was welcomed, not who.</summary>
    private const string InstallationWelcomed = "installation";

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnMembersAddedAsync(turnContext, cancellationToken),
            ActivityTypes.InstallationUpdate => OnInstallationUpdateAsync(turnContext, cancellationToken),

            // Channels add event types over time; anything else is acknowledged and ignored.
            _ => Task.CompletedTask,
        };
    }

    private async Task OnMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        // Teams puts the mention in markup; anywhere, "@BackCareBot forget me" typed is said to the bot.
        var text = activity.RemoveRecipientMention();

        // "Since last Friday" means the person's Friday: their local clock when the channel sends it.
        var messageTime = activity.LocalTimestamp ?? activity.Timestamp ?? timeProvider.GetUtcNow();
        var result = await turns.RunAsync(activity, text, messageTime, cancellationToken).ConfigureAwait(false);
        if (result.ForgetsEverything)
        {
            await EraseElsewhereAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }

        metrics.Answered(result);
        Log(activity, result);
        var activities = new Activity[result.Replies.Count];
        for (var i = 0; i < activities.Length; i++)
        {
            activities[i] = replies.Create(result.Replies[i], activity);
        }

        await turnContext.SendActivitiesAsync(activities, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One welcome per update, however many joined: the welcome goes to the conversation, so a copy per member says the
    /// same thing again (an update listing a team of 14,000 once made a 12.5 MB response). Only the first
    /// <see cref="MaxMembersPerUpdate"/> members are read, which bounds the work an update can cause.
    /// </summary>
    private async Task OnMembersAddedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        var members = (activity.MembersAdded ?? [])
            .Take(MaxMembersPerUpdate)
            .Select(member => member.Id)
            .OfType<string>()
            .Where(id => id.Length > 0)
            .ToList();
        if (SharedConversation.Is(activity))
        {
            // A team or group chat hears the welcome when the bot joins it, once; a colleague joining later is not
            // greeted with a health disclaimer in front of everyone.
            if (members.Contains(botId ?? "", StringComparer.Ordinal))
            {
                await WelcomeInstallationAsync(turnContext, cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var added = members.Where(id => !string.Equals(id, botId, StringComparison.Ordinal)).ToList();
        if (added.Count > 0 && (await welcomes.MarkWelcomedAsync(activity, added, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            await SendWelcomeAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WelcomeInstallationAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if ((await welcomes.MarkWelcomedAsync(turnContext.Activity, [InstallationWelcomed], cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            await SendWelcomeAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OnInstallationUpdateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        switch (activity.Action)
        {
            case "add" when SharedConversation.Is(activity):
                await WelcomeInstallationAsync(turnContext, cancellationToken).ConfigureAwait(false);
                break;
            case "add":
                // The installer is the one person sure to be reading; the conversationUpdate that may follow
                // will not welcome them twice.
                if (activity.From?.Id is { Length: > 0 } installer
                    && (await welcomes.MarkWelcomedAsync(activity, [installer], cancellationToken).ConfigureAwait(false)).Count > 0)
                {
                    await SendWelcomeAsync(turnContext, cancellationToken).ConfigureAwait(false);
                }

                break;
            case "remove":
                await store.ForgetConversationAsync(activity, cancellationToken).ConfigureAwait(false);
                await EraseElsewhereAsync(turnContext, cancellationToken).ConfigureAwait(false);
                ConversationLog.ConversationDataDeleted(logger, activity.ChannelId);
                break;
        }
    }

    /// <summary>The recording and the channel history this process keeps of the conversation go with its state.</summary>
    private async Task EraseElsewhereAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        foreach (var eraser in erasers)
        {
            await eraser.EraseAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SendWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ConversationLog.Welcomed(logger, turnContext.Activity.ChannelId, DialogIds.Welcome);
        await turnContext.SendActivityAsync(replies.Create(composer.Welcome(), turnContext.Activity), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A record per message is for following one conversation while debugging; the counts are in <see cref="ConversationMetrics"/>.</summary>
    private void Log(Activity activity, TurnResult result)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        var triage = result.Triage;
        IReadOnlyList<string> adviceIds = [.. result.Replies.Select(reply => reply.Advice?.Id).OfType<string>()];
        var reasons = triage?.Reasons ?? [];
        var expectingInput = result.Replies.Any(reply => reply.ExpectingInput);
        var waitingIn = result.State?.Dialog;
        ConversationLog.Replied(logger, activity.ChannelId, result.DialogId, adviceIds, triage?.Level, reasons, expectingInput, waitingIn);
    }
}
