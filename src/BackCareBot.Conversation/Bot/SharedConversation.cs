using System.Text.Json;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Conversation.Bot;

/// <summary>
/// A conversation others read: a Teams group chat or channel (<c>conversation.conversationType</c> <c>groupChat</c>
/// or <c>channel</c>, or <c>isGroup</c>). There, each person's state is their own, the bot does not repeat health
/// details back, and the welcome is sent once per installation rather than once per member.
/// </summary>
public static class SharedConversation
{
    /// <remarks>An activity from a team counts too, whatever its conversation says: Teams sends every team event with
    /// <c>channelData.team</c>, and an install and the bot's arrival must land on the same welcome record.</remarks>
    public static bool Is(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return TeamId(activity) is not null
            || (activity.Conversation is { } conversation
                && (conversation.IsGroup == true
                    || string.Equals(conversation.ConversationType, "groupChat", StringComparison.OrdinalIgnoreCase)
                    || string.Equals(conversation.ConversationType, "channel", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// What one installation of the bot covers: the team (every channel and thread of it) where Teams says which, or
    /// the conversation without its thread (a channel reply's id ends in <c>;messageid=...</c>).
    /// </summary>
    public static string? InstallationScope(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (TeamId(activity) is { } teamId)
        {
            return teamId;
        }

        var conversationId = activity.Conversation?.Id;
        var thread = conversationId?.IndexOf(";messageid=", StringComparison.OrdinalIgnoreCase) ?? -1;
        return thread < 0 ? conversationId : conversationId![..thread];
    }

    private static string? TeamId(Activity activity) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("team", out var team) && team.ValueKind == JsonValueKind.Object
        && team.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 } teamId
            ? teamId
            : null;
}
