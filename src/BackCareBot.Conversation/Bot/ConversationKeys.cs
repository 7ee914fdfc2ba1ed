using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Conversation.Bot;

/// <summary>
/// Where BackCareBot keeps what it stores about a conversation. Every key is scoped by channel and conversation, so
/// deleting a conversation's data is deleting these keys.
/// </summary>
public static class ConversationKeys
{
    /// <summary>The dialog state of the conversation.</summary>
    public static string DialogState(Activity activity) => Scoped("conversation", activity);

    /// <summary>Which members have been welcomed in the conversation.</summary>
    public static string Welcomed(Activity activity) => Scoped("welcomed", activity);

    public static IReadOnlyCollection<string> All(Activity activity) => [DialogState(activity), Welcomed(activity)];

    private static string Scoped(string kind, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{kind}/{activity.ChannelId}/{activity.Conversation?.Id}";
    }
}
