using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Replay;

/// <summary>
/// Which activities of a transcript the bot sent: those whose <c>from.role</c> is <c>bot</c> (or <c>skill</c>), as the
/// SDKs' replay decides. A file without roles still replays: an activity from the account that users wrote to is the bot's.
/// </summary>
public static class TranscriptSides
{
    public static IReadOnlyList<bool> SentByBot(IReadOnlyList<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var botIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var activity in activities)
        {
            if (IsBotRole(activity.From?.Role) && activity.From?.Id is { Length: > 0 } botId)
            {
                botIds.Add(botId);
            }

            if (IsUserRole(activity.From?.Role) && activity.Recipient?.Id is { Length: > 0 } recipientId)
            {
                botIds.Add(recipientId);
            }
        }

        return [.. activities.Select(activity => IsBotRole(activity.From?.Role)
            || (activity.From?.Role is null && activity.From?.Id is { Length: > 0 } id && botIds.Contains(id)))];
    }

    private static bool IsBotRole(string? role) =>
        string.Equals(role, RoleTypes.Bot, StringComparison.OrdinalIgnoreCase) || string.Equals(role, RoleTypes.Skill, StringComparison.OrdinalIgnoreCase);

    private static bool IsUserRole(string? role) => string.Equals(role, RoleTypes.User, StringComparison.OrdinalIgnoreCase);
}
