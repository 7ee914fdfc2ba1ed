using BackCareBot.BackCare;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Conversation.Channels;
using BackCareBot.Conversation.Replies;
using BackCareBot.Conversation.Wording;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Conversation.Bot;

/// <summary>
/// BackCareBot's turn: every message gets its triage (if any) and the best advice, worded from <c>dialogs/</c>;
/// new members get the welcome with the disclaimer; an uninstall deletes what is stored about the conversation.
/// </summary>
public sealed class BackCareTurnHandler(
    BackCareUnderstanding understanding,
    ReplyComposer composer,
    ReplyWording wording,
    WelcomeTracker welcomes,
    IStorage storage,
    TimeProvider timeProvider,
    ILogger<BackCareTurnHandler> logger) : IBot
{
    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return activity.Type switch
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
        var text = IsTeams(activity) ? activity.RemoveRecipientMention() : activity.Text;

        // "Since last Friday" means the person's Friday: their local clock when the channel sends it.
        var messageTime = activity.LocalTimestamp ?? activity.Timestamp ?? timeProvider.GetUtcNow();
        var understood = understanding.Understand(text, messageTime);
        var reply = composer.Compose(understood, understood.MessageIsEmpty);
        ConversationLog.Replied(logger, activity.ChannelId, reply.Advice?.Id, reply.Triage?.Level, reply.Triage?.Reasons, reply.ExpectingInput);
        await turnContext.SendActivityAsync(ReplyActivityFactory.Create(reply, activity), cancellationToken).ConfigureAwait(false);
    }

    private async Task OnMembersAddedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        var added = (activity.MembersAdded ?? [])
            .Select(member => member.Id)
            .OfType<string>()
            .Where(id => id.Length > 0 && !string.Equals(id, botId, StringComparison.Ordinal))
            .ToList();
        if (added.Count == 0)
        {
            return;
        }

        foreach (var _ in await welcomes.MarkWelcomedAsync(activity, added, cancellationToken).ConfigureAwait(false))
        {
            await SendWelcomeAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task OnInstallationUpdateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        switch (activity.Action)
        {
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
                await storage.DeleteAsync(ConversationKeys.All(activity), cancellationToken).ConfigureAwait(false);
                ConversationLog.ConversationDataDeleted(logger, activity.ChannelId);
                break;
        }
    }

    private async Task SendWelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var welcome = new BotReply(wording.Welcome + "\n\n" + wording.Disclaimer, WelcomeSuggestions(), null, null, ExpectingInput: false);
        await turnContext.SendActivityAsync(ReplyActivityFactory.Create(welcome, turnContext.Activity), cancellationToken).ConfigureAwait(false);
    }

    private string[] WelcomeSuggestions() => [wording.Actions.WhySitting, wording.Actions.Help];

    private static bool IsTeams(Activity activity) =>
        string.Equals(activity.ChannelId, BotFramework.Schema.Channels.MsTeams, StringComparison.OrdinalIgnoreCase);
}
