using System.Diagnostics;
using System.Net;
using BackCareBot.Conversation.Wording;
using BackCareBot.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace BackCareBot.Tests.Messaging;

/// <summary>
/// The Bot Connector sometimes throttles or fails for a moment: the bot retries those answers, waiting as long as
/// <c>Retry-After</c> asks, so the reply arrives once; an answer that says the request itself is wrong is not retried.
/// </summary>
[Collection(MessagingHostGroup.Name)]
public sealed class ConnectorRetryTests(MessagingHost host)
{
    [Fact]
    public async Task Throttled_WaitsForRetryAfterThenDeliversOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Enqueue(new ScriptedResponse(StatusCodes.Status429TooManyRequests, RetryAfter: "1"));

        using var response = await PostQuestionAsync(connector);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attempts = connector.Requests;
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Body, attempts[1].Body);
        Assert.True(
            Stopwatch.GetElapsedTime(attempts[0].ReceivedAt, attempts[1].ReceivedAt) >= TimeSpan.FromMilliseconds(900),
            "The retry waited for Retry-After.");
    }

    [Fact]
    public async Task Unavailable_IsRetriedAndDeliveredOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Enqueue(new ScriptedResponse(StatusCodes.Status503ServiceUnavailable));

        using var response = await PostQuestionAsync(connector);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var attempts = connector.Requests;
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Body, attempts[1].Body);
    }

    [Fact]
    public async Task BadRequest_IsNotRetriedAndTheApologyFollows()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Enqueue(new ScriptedResponse(StatusCodes.Status400BadRequest, """{"error":{"code":"BadArgument","message":"no"}}"""));

        using var response = await PostQuestionAsync(connector);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var requests = connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.NotNull(ReplyEntities.Find(requests[0].Activity, ReplyEntities.Advice));
        Assert.StartsWith(host.Get<ReplyWording>().Apology, (string?)requests[1].Activity["text"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StatusCodes.Status302Found)]
    [InlineData(StatusCodes.Status307TemporaryRedirect)]
    [InlineData(StatusCodes.Status308PermanentRedirect)]
    public async Task ARedirectFromTheServiceUrl_IsNotFollowed(int status)
    {
        // The service URL passed the guard; where it redirects to did not, and must not get the reply.
        await using var connector = await FakeConnector.StartAsync();
        await using var elsewhere = await FakeConnector.StartAsync("/elsewhere/");
        connector.Enqueue([.. Enumerable.Repeat(new ScriptedResponse(status, Location: elsewhere.ServiceUrl + "v3/conversations/x/activities/y"), 10)]);

        using var response = await PostQuestionAsync(connector);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(elsewhere.Requests);
        Assert.NotEmpty(connector.Requests);
    }

    [Fact]
    public async Task StillUnavailableAfterRetries_Is502WithoutAnApologyToTheSameChannel()
    {
        await using var connector = await FakeConnector.StartAsync();
        connector.Enqueue([.. Enumerable.Repeat(new ScriptedResponse(StatusCodes.Status503ServiceUnavailable), 10)]);

        using var response = await PostQuestionAsync(connector);

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        var attempts = connector.Requests;
        Assert.Equal(4, attempts.Count);
        Assert.All(attempts, attempt => Assert.Equal(attempts[0].Body, attempt.Body));
    }

    private Task<HttpResponseMessage> PostQuestionAsync(FakeConnector connector) => host.Client.PostActivityAsync(
        Inbound.Message("how long do I hold the hamstring stretch?", Inbound.NewConversationId(), connector.ServiceUrl));
}
