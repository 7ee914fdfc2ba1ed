using System.Text.Json;
using System.Text.Json.Nodes;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.BotFramework.Tests.Schema;

public sealed class ActivitySerializationTests
{
    public static TheoryData<string, string> RealPayloads => new()
    {
        { "teams channel message", Payloads.TeamsChannelMessage },
        { "web chat message", Payloads.WebChatMessage },
        { "emulator conversationUpdate", Payloads.EmulatorConversationUpdate },
        { "reply with back-care entities", Payloads.ReplyWithTriageEntity },
        { "activity type from the future", Payloads.FutureActivityType },
    };

    [Theory]
    [MemberData(nameof(RealPayloads))]
    public void RoundTrip_RealPayload_KeepsEveryField(string scenario, string json)
    {
        var activity = Deserialize(json);

        var written = JsonSerializer.Serialize(activity, BotJson.TypeInfo<Activity>());

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), JsonNode.Parse(written)), $"{scenario} changed in a round trip:\n{written}");
    }

    [Fact]
    public void Deserialize_TeamsMessage_ReadsTeamsShapes()
    {
        var activity = Deserialize(Payloads.TeamsChannelMessage);

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal(Channels.MsTeams, activity.ChannelId);
        Assert.Equal("19:abc123@thread.tacv2;messageid=1715591564123", activity.Conversation?.Id);
        Assert.Equal("72f988bf-0000-4000-8000-000000000002", activity.Conversation?.TenantId);
        Assert.True(activity.Conversation?.IsGroup);
        Assert.Equal("alex@example.com", activity.From?.Properties?["userPrincipalName"].GetString());
        Assert.Equal("72f988bf-0000-4000-8000-000000000002", activity.ChannelData?.GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal(new DateTimeOffset(2024, 5, 13, 9, 12, 44, TimeSpan.Zero).AddTicks(1234567), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(2), activity.LocalTimestamp?.Offset);
        Assert.Equal(ContentTypes.Html, Assert.Single(activity.Attachments!).ContentType);
    }

    [Fact]
    public void Deserialize_WebChatMessage_KeepsClientActivityIdAndCapabilities()
    {
        var activity = Deserialize(Payloads.WebChatMessage);

        Assert.Equal("1715591701987x7kq1", activity.ChannelData?.GetProperty("clientActivityID").GetString());
        var capabilities = Assert.Single(activity.Entities!);
        Assert.True(capabilities.IsType(EntityTypes.ClientCapabilities));
        Assert.True(capabilities.Properties?["supportsTts"].GetBoolean());
        Assert.Equal(RoleTypes.User, activity.From?.Role);
    }

    [Fact]
    public void Serialize_NewReply_OmitsNullsAndUsesCamelCase()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "Hi", InputHint = InputHints.AcceptingInput };

        var json = JsonSerializer.Serialize(reply, BotJson.TypeInfo<Activity>());

        Assert.Equal("""{"type":"message","text":"Hi","inputHint":"acceptingInput"}""", json);
    }

    [Fact]
    public void Serialize_MentionMarkupAndAccents_AreWrittenReadably()
    {
        var reply = new Activity { Type = ActivityTypes.Message, Text = "<at>Zoë</at> étirez-vous" };

        var json = JsonSerializer.Serialize(reply, BotJson.TypeInfo<Activity>());

        Assert.Contains("\"<at>Zoë</at> étirez-vous\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-05-13T09:12:44Z", "2024-05-13T09:12:44Z")]
    [InlineData("2024-05-13T09:12:44.5Z", "2024-05-13T09:12:44.5Z")]
    [InlineData("2024-05-13T11:12:44.25+02:00", "2024-05-13T09:12:44.25Z")]
    [InlineData("2024-05-13T09:12:44.1234567+00:00", "2024-05-13T09:12:44.1234567Z")]
    public void Timestamp_AnyOffset_IsWrittenInUtcWithZ(string received, string written)
    {
        var activity = Deserialize($$"""{"type":"message","timestamp":"{{received}}"}""");

        var json = JsonSerializer.Serialize(activity, BotJson.TypeInfo<Activity>());

        Assert.Equal($$"""{"type":"message","timestamp":"{{written}}"}""", json);
    }

    [Fact]
    public void LocalTimestamp_KeepsTheSendersOffset()
    {
        var activity = Deserialize("""{"type":"message","localTimestamp":"2024-05-13T11:12:44.25-07:00"}""");

        var json = JsonSerializer.Serialize(activity, BotJson.TypeInfo<Activity>());

        Assert.Equal("""{"type":"message","localTimestamp":"2024-05-13T11:12:44.25-07:00"}""", json);
    }

    [Fact]
    public void Deserialize_MisCasedFieldNames_AreAccepted()
    {
        var activity = Deserialize("""{"Type":"message","Text":"hello","Conversation":{"ID":"c-1"}}""");

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("hello", activity.Text);
        Assert.Equal("c-1", activity.Conversation?.Id);
    }

    [Theory]
    [InlineData("""{"type":"message","text":5}""")]
    [InlineData("""{"type":"message","membersAdded":{}}""")]
    [InlineData("""{"type":"message","timestamp":"yesterday"}""")]
    [InlineData("""{"type":"message","conversation":"c-1"}""")]
    [InlineData("""[{"type":"message"}]""")]
    public void Deserialize_WrongTypes_Throws(string json)
    {
        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize(json, BotJson.TypeInfo<Activity>()));
    }

    [Fact]
    public void Deserialize_NestingBeyondMaxDepth_Throws()
    {
        var deep = string.Concat(Enumerable.Repeat("""{"a":""", BotJson.MaxDepth + 1)) + "1" + new string('}', BotJson.MaxDepth + 1);

        Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize($$"""{"type":"event","value":{{deep}}}""", BotJson.TypeInfo<Activity>()));
    }

    private static Activity Deserialize(string json) =>
        JsonSerializer.Deserialize(json, BotJson.TypeInfo<Activity>()) ?? throw new InvalidOperationException("null activity");
}
