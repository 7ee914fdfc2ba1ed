using BackCareBot.BotFramework.Schema;
using BackCareBot.DirectLine.Conversations;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>
/// Makes a client's activity what Direct Line delivers: addressed within this conversation, from the user the token
/// names (whatever <c>from.id</c> said), to the bot, on the <c>webchat</c> channel. <c>channelData</c> stays as sent,
/// since Web Chat recognises its own echo by <c>channelData.clientActivityID</c>. Id and timestamp come with logging.
/// </summary>
internal static class ClientActivityNormalizer
{
    private const int MaxNameLength = 100;

    public static Activity Normalize(Activity activity, DirectLineConversation conversation, ChannelAccount bot, string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(conversation);
        var name = activity.From?.Name is { Length: > 0 and <= MaxNameLength } given ? given : null;
        activity.From = new ChannelAccount(conversation.UserId, name) { Role = RoleTypes.User };
        activity.Recipient = bot;
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.ChannelId = Channels.Webchat;
        activity.ServiceUrl = serviceUrl;
        activity.Id = null;
        activity.CallerId = null;
        activity.RelatesTo = null;

        // Replies go back through this conversation's log; a client cannot ask for them in the HTTP response.
        if (activity.ExpectsReplies())
        {
            activity.DeliveryMode = null;
        }

        return activity;
    }
}
