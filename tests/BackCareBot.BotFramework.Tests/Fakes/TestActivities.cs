using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Tests.Fakes;

public static class TestActivities
{
    public const string TeamsConversationId = "19:abc123@thread.tacv2;messageid=1715591564123";

    public static Activity Message(
        string text,
        string? serviceUrl = "http://127.0.0.1:9/",
        string conversationId = TeamsConversationId,
        string channelId = Channels.MsTeams,
        string id = "1715:991") => new()
        {
            Type = ActivityTypes.Message,
            Id = id,
            Text = text,
            ChannelId = channelId,
            ServiceUrl = serviceUrl,
            From = new ChannelAccount("29:user-1", "Alex"),
            Recipient = new ChannelAccount("28:bot-1", "BackCareBot"),
            Conversation = new ConversationAccount { Id = conversationId, TenantId = "tenant-1", ConversationType = "personal" },
            Locale = "en-US",
        };
}
