using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Conversation.Bot;

/// <summary>
/// Where BackCareBot keeps what it stores about a conversation. Every key is scoped by channel and conversation, so
/// deleting a conversation's data is deleting these keys. In a conversation others read (<see cref="SharedConversation"/>)
/// each person's dialog state is their own key, so one person's sharp pain never decides another's reply; the
/// welcome record and the list of those keys belong to the installation.
/// </summary>
public static class ConversationKeys
{
    /// <summary>The dialog state of the conversation, or of the person who wrote in a shared one.</summary>
    public static string DialogState(Activity activity)
    {
        var conversation = Scoped("conversation", activity);
        return SharedConversation.Is(activity) && activity.From?.Id is { Length: > 0 } person ? $"{conversation}/person/{person}" : conversation;
    }

    /// <summary>Who has been welcomed in the conversation; in a shared one, whether the installation was.</summary>
    public static string Welcomed(Activity activity) =>
        SharedConversation.Is(activity) ? Installation("welcomed", activity) : Scoped("welcomed", activity);

    /// <summary>The people's dialog-state keys of a shared installation, so an uninstall can delete each one.</summary>
    public static string SharedStates(Activity activity) => Installation("shared-states", activity);

    /// <summary>What "forget me" deletes in a one-to-one conversation: its state and its welcome record.</summary>
    public static IReadOnlyCollection<string> All(Activity activity) => [DialogState(activity), Welcomed(activity)];

    private static string Scoped(string kind, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{kind}/{activity.ChannelId}/{activity.Conversation?.Id}";
    }

    private static string Installation(string kind, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return $"{kind}/{activity.ChannelId}/{SharedConversation.InstallationScope(activity)}";
    }
}
