using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Chatdown;

/// <summary>The message being written in a turn, until a typing or conversationUpdate command or the next speaker ends it.</summary>
internal sealed class ChatdownMessage
{
    public List<Attachment> Attachments { get; } = [];

    public string? AttachmentLayout { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public bool HasContent(string text) => text.Length > 0 || Attachments.Count > 0 || SuggestedActions?.Actions?.Count > 0;

    public Activity ToActivity(string text, ChannelAccount? from, ChannelAccount? recipient, DateTimeOffset timestamp) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = timestamp,
        From = from is null ? null : ChatdownAccounts.Copy(from),
        Recipient = recipient is null ? null : ChatdownAccounts.Copy(recipient),
        Text = text,
        AttachmentLayout = AttachmentLayout,
        Attachments = Attachments.Count > 0 ? [.. Attachments] : null,
        SuggestedActions = SuggestedActions,
    };
}
