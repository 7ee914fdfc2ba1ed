using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Replay;

/// <summary>
/// Makes a transcript's user-side activity fit to send: a copy, with the fields a hand-written or chatdown file leaves
/// out filled from the rest of the transcript, asking for the replies in the response (<c>expectReplies</c>).
/// Chatdown's channel, <c>chatdown</c>, is replayed as <c>emulator</c>: it is the generic channel chatdown's
/// transcripts are made to be opened in, and no bot has code for "chatdown".
/// </summary>
public sealed class ReplayAddressing
{
    public const string ChatdownChannelId = "chatdown";
    public const string DefaultConversationId = "transcript-replay";

    private readonly ChannelAccount _bot;
    private ChannelAccount _user = new("user", "User") { Role = RoleTypes.User };

    private ReplayAddressing(ChannelAccount bot) => _bot = bot;

    public static ReplayAddressing For(IReadOnlyList<Activity> activities, IReadOnlyList<bool> sentByBot)
    {
        ArgumentNullException.ThrowIfNull(activities);
        ArgumentNullException.ThrowIfNull(sentByBot);
        var bot = activities.Where((_, i) => !sentByBot[i]).Select(activity => activity.Recipient)
            .Concat(activities.Where((_, i) => sentByBot[i]).Select(activity => activity.From))
            .FirstOrDefault(account => account?.Id is { Length: > 0 });
        return new ReplayAddressing(Copy(bot) ?? new ChannelAccount("bot", "Bot") { Role = RoleTypes.Bot });
    }

    public Activity Prepare(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var copy = TranscriptJson.Copy(activity);
        if (copy.From?.Id is { Length: > 0 })
        {
            _user = Copy(copy.From)!;
        }
        else
        {
            copy.From = Copy(_user);
        }

        if (copy.Recipient?.Id is not { Length: > 0 })
        {
            copy.Recipient = Copy(_bot);
        }

        if (string.IsNullOrEmpty(copy.ChannelId) || string.Equals(copy.ChannelId, ChatdownChannelId, StringComparison.OrdinalIgnoreCase))
        {
            copy.ChannelId = Channels.Emulator;
        }

        copy.Conversation ??= new ConversationAccount();
        if (string.IsNullOrEmpty(copy.Conversation.Id))
        {
            copy.Conversation.Id = DefaultConversationId;
        }

        copy.DeliveryMode = DeliveryModes.ExpectReplies;
        return copy;
    }

    private static ChannelAccount? Copy(ChannelAccount? account) =>
        account is null ? null : new ChannelAccount(account.Id, account.Name) { Role = account.Role, AadObjectId = account.AadObjectId, Properties = account.Properties };
}
