namespace BackCareBot.Transcripts.Chatdown;

/// <summary>
/// A bracketed command, <c>[Name]</c>, <c>[Name=value]</c> or <c>[Name</c> newline <c>property=value ...]</c>.
/// Names are matched case-insensitively, as chatdown does.
/// </summary>
internal sealed record ChatdownTag(string Name, string? Value, ChatdownTagKind Kind)
{
    // Chatdown's activity types: any of them ends the message written before it, though only typing and
    // conversationUpdate produce an activity.
    private static readonly Dictionary<string, string> ActivityTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["message"] = "message",
        ["contactRelationUpdate"] = "contactRelationUpdate",
        ["conversationUpdate"] = "conversationUpdate",
        ["typing"] = "typing",
        ["ping"] = "ping",
        ["endOfConversation"] = "endOfConversation",
        ["event"] = "event",
        ["invoke"] = "invoke",
        ["deleteUserData"] = "deleteUserData",
        ["messageUpdate"] = "messageUpdate",
        ["messageDelete"] = "messageDelete",
        ["installationUpdate"] = "installationUpdate",
        ["messageReaction"] = "messageReaction",
        ["suggestion"] = "suggestion",
    };

    private static readonly HashSet<string> Fields = new(StringComparer.OrdinalIgnoreCase)
    {
        "attachment", "attachmentLayout", "suggestions", "heroCard", "thumbnailCard", "mediaCard", "animationCard",
        "audioCard", "videoCard", "oauthCard", "signinCard", "receiptCard",
    };

    /// <summary>The activity type a tag of kind <see cref="ChatdownTagKind.Activity"/> names, in its wire spelling.</summary>
    public string ActivityType => ActivityTypes.TryGetValue(Name, out var type) ? type : Name;

    public bool Is(string name) => string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);

    /// <param name="content">What is between the brackets.</param>
    public static ChatdownTag Parse(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var newline = content.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = newline < 0 ? content : content[..newline];
        var equals = firstLine.IndexOf('=', StringComparison.Ordinal);
        var name = (equals > 0 ? firstLine[..equals] : firstLine).Trim();
        var value = equals > 0 ? firstLine[(equals + 1)..].Trim() : null;
        if (newline >= 0)
        {
            // Chatdown drops a value written on the first line of a multi-line command; keeping it is what the
            // author meant.
            var following = content[(newline + 1)..];
            value = string.IsNullOrEmpty(value) ? following : value + "\n" + following;
        }

        return new ChatdownTag(name, value, Classify(name));
    }

    private static ChatdownTagKind Classify(string name) =>
        ActivityTypes.ContainsKey(name) ? ChatdownTagKind.Activity
        : Fields.Contains(name) ? ChatdownTagKind.Field
        : string.Equals(name, "delay", StringComparison.OrdinalIgnoreCase) ? ChatdownTagKind.Delay
        : ChatdownTagKind.Text;
}
