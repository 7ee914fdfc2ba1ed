using System.Net;
using BackCareBot.Tests.Support;

namespace BackCareBot.Tests.Messaging;

/// <summary>
/// Normal delivery: the bot answers the channel's POST with 200 and sends its reply to the channel's Bot Connector
/// service, threaded under the message it answers.
/// </summary>
[Collection(MessagingHostGroup.Name)]
public sealed class ReplyDeliveryTests(MessagingHost host)
{
    public static TheoryData<string, string> TeamsIds => new()
    {
        { "19:abc@thread.skype;messageid=123", "1715591564123" },
        { "a:1xyz", "1:1f0a@x;y" },
    };

    [Theory]
    [MemberData(nameof(TeamsIds))]
    public async Task Reply_IsPostedUnderThePrefixWithTheIdsPercentEncoded(string conversationId, string replyToId)
    {
        await using var connector = await FakeConnector.StartAsync("/amer/");

        using var response = await host.Client.PostActivityAsync(
            Inbound.Message("how long do I hold the hamstring stretch?", conversationId, connector.ServiceUrl, id: replyToId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var request = Assert.Single(connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal(
            $"/amer/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(replyToId)}",
            request.RawTarget);
    }

    [Fact]
    public async Task Reply_IsAnActivityFromTheBotToThePerson()
    {
        await using var connector = await FakeConnector.StartAsync();
        var conversationId = Inbound.NewConversationId();

        using var response = await host.Client.PostActivityAsync(
            Inbound.Message("is a foam roller any good?", conversationId, connector.ServiceUrl, id: "1:inbound-7"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(connector.Requests);
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Null(request.Authorization);
        var reply = request.Activity;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal(Inbound.BotId, (string?)reply["from"]?["id"]);
        Assert.Equal(Inbound.BotName, (string?)reply["from"]?["name"]);
        Assert.Equal(Inbound.UserId, (string?)reply["recipient"]?["id"]);
        Assert.Equal("1:inbound-7", (string?)reply["replyToId"]);
        Assert.Equal(conversationId, (string?)reply["conversation"]?["id"]);
        Assert.Equal("msteams", (string?)reply["channelId"]);
        Assert.Null(reply["id"]);
        // The foam roller has a picture: on Teams the reply is a card, its words in the summary.
        Assert.False(string.IsNullOrWhiteSpace((string?)reply["text"] ?? (string?)reply["summary"]));
        Assert.NotNull(ReplyEntities.Find(reply, ReplyEntities.Advice));
    }
}
