using System.Text.Json.Nodes;
using BackCareBot.Conversation.Wording;
using BackCareBot.Tests.Support;

namespace BackCareBot.Tests.Messaging;

/// <summary>
/// <c>deliveryMode: expectReplies</c>: the replies come back in the HTTP response, carrying their decisions as
/// entities, and nothing goes to the service URL even when the activity names one.
/// </summary>
[Collection(MessagingHostGroup.Name)]
public sealed class ExpectRepliesTests(MessagingHost host)
{
    [Fact]
    public async Task Question_GetsAdviceEntity()
    {
        await using var connector = await FakeConnector.StartAsync();

        var reply = await AskAsync(connector, "is a foam roller any good?");

        var advice = ReplyEntities.Find(reply, ReplyEntities.Advice);
        Assert.NotNull(advice);
        Assert.False(string.IsNullOrEmpty((string?)advice["id"]));
        Assert.InRange((double)advice["score"]!, 0.0, 1.0);
        Assert.Equal("acceptingInput", (string?)reply["inputHint"]);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task SharpPain_GetsDoctorTriageAndNoExerciseAdvice()
    {
        await using var connector = await FakeConnector.StartAsync();

        var reply = await AskAsync(connector, "I have a sharp pain in my lower back");

        Assert.Equal("doctor", ReplyEntities.TriageLevel(reply));
        Assert.Contains("sharp-pain", ReplyEntities.TriageReasons(reply));
        Assert.Null(ReplyEntities.Find(reply, ReplyEntities.Advice));
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task PainWithoutDetails_GetsAQuestionExpectingInput()
    {
        await using var connector = await FakeConnector.StartAsync();

        var reply = await AskAsync(connector, "my back hurts");

        Assert.Equal("expectingInput", (string?)reply["inputHint"]);
        Assert.Null(ReplyEntities.Find(reply, ReplyEntities.Advice));
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task EmergencySign_GetsEmergencyWithARedFlagReason()
    {
        await using var connector = await FakeConnector.StartAsync();

        var reply = await AskAsync(connector, "I can't control my bladder and my back hurts");

        Assert.Equal("emergency", ReplyEntities.TriageLevel(reply));
        Assert.Contains(ReplyEntities.TriageReasons(reply), reason => reason.StartsWith("red-flag:", StringComparison.Ordinal));
        Assert.Null(ReplyEntities.Find(reply, ReplyEntities.Advice));
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task OffTopic_GetsTheFallbackWithoutDecisions()
    {
        await using var connector = await FakeConnector.StartAsync();

        var reply = await AskAsync(connector, "can you recommend a good pizza place near the office?");

        var fallbackOpening = host.Get<ReplyWording>().Fallback.Split(' ')[..4];
        Assert.StartsWith(string.Join(' ', fallbackOpening), (string?)reply["text"], StringComparison.Ordinal);
        Assert.Null(reply["entities"]);
        Assert.Empty(connector.Requests);
    }

    private async Task<JsonNode> AskAsync(FakeConnector connector, string text)
    {
        var replies = await host.Client.ExpectRepliesAsync(Inbound.Message(text, Inbound.NewConversationId(), connector.ServiceUrl));
        var reply = Assert.Single(replies);
        Assert.Equal("message", (string?)reply["type"]);
        return reply;
    }
}
