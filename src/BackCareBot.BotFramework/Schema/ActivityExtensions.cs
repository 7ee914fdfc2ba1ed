namespace BackCareBot.BotFramework.Schema;

/// <summary>How the official SDKs derive replies and references from an inbound activity.</summary>
public static class ActivityExtensions
{
    /// <summary>
    /// A message from the bot to the sender of <paramref name="activity"/>: sides swapped, same conversation,
    /// channel and service URL, in reply to the inbound id.
    /// </summary>
    public static Activity CreateReply(this Activity activity, string? text = null, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new Activity
        {
            Type = ActivityTypes.Message,
            From = new ChannelAccount(activity.Recipient?.Id, activity.Recipient?.Name),
            Recipient = new ChannelAccount(activity.From?.Id, activity.From?.Name),
            ReplyToId = ReplyTargetId(activity),
            ServiceUrl = activity.ServiceUrl,
            ChannelId = activity.ChannelId,
            Conversation = activity.Conversation is null
                ? null
                : new ConversationAccount
                {
                    IsGroup = activity.Conversation.IsGroup,
                    Id = activity.Conversation.Id,
                    Name = activity.Conversation.Name,
                },
            Text = text,
            Locale = locale ?? activity.Locale,
        };
    }

    public static ConversationReference GetConversationReference(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ConversationReference
        {
            ActivityId = ReplyTargetId(activity),
            User = activity.From,
            Bot = activity.Recipient,
            Conversation = activity.Conversation,
            ChannelId = activity.ChannelId,
            Locale = activity.Locale,
            ServiceUrl = activity.ServiceUrl,
        };
    }

    /// <summary>Addresses an outgoing activity from the bot to the user of <paramref name="reference"/>.</summary>
    public static Activity ApplyConversationReference(this Activity activity, ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reference);
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        activity.Locale = reference.Locale ?? activity.Locale;
        activity.From = reference.Bot;
        activity.Recipient = reference.User;
        if (reference.ActivityId is not null)
        {
            activity.ReplyToId = reference.ActivityId;
        }

        return activity;
    }

    public static bool IsType(this Activity activity, string type)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.Equals(activity.Type, type, StringComparison.OrdinalIgnoreCase);
    }

    public static bool ExpectsReplies(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.Equals(activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.OrdinalIgnoreCase);
    }

    public static IReadOnlyList<Mention> GetMentions(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Entities is null)
        {
            return [];
        }

        var mentions = new List<Mention>();
        foreach (var entity in activity.Entities)
        {
            if (entity is not null && Mention.TryRead(entity, out var mention))
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    /// <summary>
    /// Removes every mention of the recipient (the bot) from <see cref="Activity.Text"/>, as Teams puts
    /// <c>&lt;at&gt;BotName&lt;/at&gt;</c> in channel and group messages, and returns the trimmed text.
    /// Mentions of other people stay.
    /// </summary>
    public static string? RemoveRecipientMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var recipientId = activity.Recipient?.Id;
        if (activity.Text is null || string.IsNullOrEmpty(recipientId))
        {
            return activity.Text;
        }

        var text = activity.Text;
        foreach (var mention in activity.GetMentions())
        {
            if (!string.Equals(mention.Mentioned?.Id, recipientId, StringComparison.Ordinal))
            {
                continue;
            }

            var markup = mention.Text ?? (mention.Mentioned?.Name is { Length: > 0 } name ? $"<at>{name}</at>" : null);
            if (!string.IsNullOrEmpty(markup))
            {
                text = text.Replace(markup, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        text = text.Trim();
        // "@BackCareBot forget me" typed where no mention entity is made (the web chat, a pasted Teams message): the
        // bot's own name opening the message is who it is said to, as a mention would be.
        if (activity.Recipient?.Name is { Length: > 0 } botName && text.StartsWith("@" + botName, StringComparison.OrdinalIgnoreCase)
            && (text.Length == botName.Length + 1 || !char.IsLetterOrDigit(text[botName.Length + 1])))
        {
            text = text[(botName.Length + 1)..].TrimStart(' ', ',', ':', '-');
        }

        activity.Text = text;
        return activity.Text;
    }

    // Direct Line and Web Chat do not treat a conversationUpdate as something a message can reply to.
    private static string? ReplyTargetId(Activity activity) =>
        activity.IsType(ActivityTypes.ConversationUpdate)
        && (string.Equals(activity.ChannelId, Channels.DirectLine, StringComparison.OrdinalIgnoreCase)
            || string.Equals(activity.ChannelId, Channels.Webchat, StringComparison.OrdinalIgnoreCase))
            ? null
            : activity.Id;
}
