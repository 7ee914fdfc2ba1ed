using System.Text.Json;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Tests.Schema;

public sealed class ActivityExtensionsTests
{
    [Fact]
    public void CreateReply_TeamsMessage_SwapsSidesAndRepliesToTheInboundId()
    {
        var inbound = Deserialize(Payloads.TeamsChannelMessage);

        var reply = inbound.CreateReply("Try a hamstring stretch.");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal(Payloads.TeamsBotId, reply.From?.Id);
        Assert.Equal("29:1abcDEF-user", reply.Recipient?.Id);
        Assert.Equal("Alex Doe", reply.Recipient?.Name);
        Assert.Equal(inbound.Conversation?.Id, reply.Conversation?.Id);
        Assert.True(reply.Conversation?.IsGroup);
        Assert.Equal("1715591564123", reply.ReplyToId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reply.ServiceUrl);
        Assert.Equal(Channels.MsTeams, reply.ChannelId);
        Assert.Equal("en-US", reply.Locale);
        Assert.Equal("Try a hamstring stretch.", reply.Text);
        Assert.Null(reply.Id);
    }

    [Theory]
    [InlineData("directline", "conversationUpdate", false)]
    [InlineData("webchat", "conversationUpdate", false)]
    [InlineData("DirectLine", "conversationUpdate", false)]
    [InlineData("emulator", "conversationUpdate", true)]
    [InlineData("msteams", "conversationUpdate", true)]
    [InlineData("webchat", "message", true)]
    [InlineData("directline", "event", true)]
    public void CreateReply_ConversationUpdateOnDirectLineOrWebChat_IsNotAReply(string channelId, string type, bool repliesToInbound)
    {
        var inbound = new Activity { Type = type, Id = "in-1", ChannelId = channelId, Conversation = new ConversationAccount { Id = "c-1" } };

        var reply = inbound.CreateReply("Welcome");
        var reference = inbound.GetConversationReference();

        Assert.Equal(repliesToInbound ? "in-1" : null, reply.ReplyToId);
        Assert.Equal(repliesToInbound ? "in-1" : null, reference.ActivityId);
    }

    [Fact]
    public void ApplyConversationReference_OutgoingActivity_IsAddressedFromBotToUser()
    {
        var inbound = Deserialize(Payloads.WebChatMessage);
        var outgoing = new Activity { Type = ActivityTypes.Message, Text = "Hello", Locale = "de-DE" };

        outgoing.ApplyConversationReference(inbound.GetConversationReference());

        Assert.Equal("backcarebot@Xy12", outgoing.From?.Id);
        Assert.Equal("dl_5f1c2d", outgoing.Recipient?.Id);
        Assert.Equal("Ab1Cd2EfGh3", outgoing.Conversation?.Id);
        Assert.Equal("Ab1Cd2EfGh3|0000001", outgoing.ReplyToId);
        Assert.Equal("https://webchat.botframework.com/", outgoing.ServiceUrl);
        Assert.Equal("en-US", outgoing.Locale);
    }

    [Fact]
    public void RemoveRecipientMention_TeamsChannelMessage_LeavesTheQuestion()
    {
        var inbound = Deserialize(Payloads.TeamsChannelMessage);

        var text = inbound.RemoveRecipientMention();

        Assert.Equal("my lower back is stiff", text);
        Assert.Equal("my lower back is stiff", inbound.Text);
    }

    public static TheoryData<string, string, string?, string> MentionCases => new()
    {
        // text, mention entities (JSON array), recipient id, expected
        { "<at>BackCareBot</at> hello", """[{"type":"mention","mentioned":{"id":"28:bot","name":"BackCareBot"},"text":"<at>BackCareBot</at>"}]""", "28:bot", "hello" },
        { "hello <AT>backcarebot</AT>", """[{"type":"Mention","mentioned":{"id":"28:bot","name":"BackCareBot"},"text":"<at>BackCareBot</at>"}]""", "28:bot", "hello" },
        { "<at>BackCareBot</at> ask <at>Sam</at>", """[{"type":"mention","mentioned":{"id":"28:bot"},"text":"<at>BackCareBot</at>"},{"type":"mention","mentioned":{"id":"29:sam"},"text":"<at>Sam</at>"}]""", "28:bot", "ask <at>Sam</at>" },
        { "<at>BackCareBot</at> hi", """[{"type":"mention","mentioned":{"id":"28:bot","name":"BackCareBot"}}]""", "28:bot", "hi" },
        { "<at>Other</at> hi", """[{"type":"mention","mentioned":{"id":"28:other"},"text":"<at>Other</at>"}]""", "28:bot", "<at>Other</at> hi" },
        { "a (b) [c] *d* hi", """[{"type":"mention","mentioned":{"id":"28:bot"},"text":"(b) [c] *d*"}]""", "28:bot", "a  hi" },
        { "  plain  ", "[]", "28:bot", "plain" },
    };

    [Theory]
    // Typed where no mention entity is made (the web chat): the bot's own name opening the message is dropped.
    [InlineData("@BackCareBot forget me", "forget me")]
    [InlineData("@backcarebot, start over", "start over")]
    [InlineData("@BackCareBotty hi", "@BackCareBotty hi")]
    [InlineData("ask @BackCareBot later", "ask @BackCareBot later")]
    public void RemoveRecipientMention_TypedName_IsDroppedAtTheStart(string text, string expected)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Recipient = new ChannelAccount("28:bot", "BackCareBot"),
        };

        Assert.Equal(expected, activity.RemoveRecipientMention());
    }

    [Theory]
    [MemberData(nameof(MentionCases))]
    public void RemoveRecipientMention_Cases(string text, string entities, string? recipientId, string expected)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Recipient = new ChannelAccount(recipientId),
            Entities = JsonSerializer.Deserialize(entities, BotJson.TypeInfo<IList<Entity>>()),
        };

        Assert.Equal(expected, activity.RemoveRecipientMention());
    }

    [Fact]
    public void GetMentions_MalformedMention_IsSkipped()
    {
        var activity = new Activity
        {
            Entities = JsonSerializer.Deserialize("""[{"type":"mention","mentioned":{"id":5}},{"type":"mention","mentioned":{"id":"28:bot"}}]""", BotJson.TypeInfo<IList<Entity>>()),
        };

        Assert.Equal("28:bot", Assert.Single(activity.GetMentions()).Mentioned?.Id);
    }

    private static Activity Deserialize(string json) =>
        JsonSerializer.Deserialize(json, BotJson.TypeInfo<Activity>()) ?? throw new InvalidOperationException("null activity");
}
