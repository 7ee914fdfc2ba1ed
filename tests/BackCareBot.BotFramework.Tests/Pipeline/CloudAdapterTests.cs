using System.Net;
using System.Security.Claims;
using System.Text.Json;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using BackCareBot.BotFramework.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace BackCareBot.BotFramework.Tests.Pipeline;

public sealed class CloudAdapterTests : IAsyncLifetime
{
    private static readonly ClaimsIdentity Anonymous = new();
    private FakeConnector _connector = null!;
    private ServiceProvider _services = null!;

    private CloudAdapter Adapter => _services.GetRequiredService<CloudAdapter>();

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync("/");
        _services = ConnectorServices.Build();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task Send_ClearsTheIdTheBotLeftOnTheActivity()
    {
        var inbound = TestActivities.Message("hi", _connector.ServiceUrl);

        await Adapter.ProcessActivityAsync(inbound, Anonymous, (context, ct) => context.SendActivityAsync(new Activity { Id = "stale-id", Text = "x" }, ct), default);

        Assert.DoesNotContain("stale-id", Assert.Single(_connector.Requests).Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.DirectLine)]
    public async Task WelcomeOnWebChatConversationUpdate_IsSentToTheConversationNotAsAReply(string channelId)
    {
        var inbound = TestActivities.Message("unused", _connector.ServiceUrl, conversationId: "Ab1Cd2", channelId: channelId);
        inbound.Type = ActivityTypes.ConversationUpdate;

        await Adapter.ProcessActivityAsync(inbound, Anonymous, (context, ct) => context.SendActivityAsync("Welcome", cancellationToken: ct), default);

        Assert.Equal("/v3/conversations/Ab1Cd2/activities", Assert.Single(_connector.Requests).RawTarget);
    }

    [Theory]
    [InlineData(Channels.MsTeams, 0)]
    [InlineData(Channels.Webchat, 0)]
    [InlineData(Channels.Emulator, 1)]
    public async Task Trace_IsOnlySentToTheEmulator(string channelId, int expectedRequests)
    {
        var inbound = TestActivities.Message("hi", _connector.ServiceUrl, channelId: channelId);

        await Adapter.ProcessActivityAsync(
            inbound, Anonymous, (context, ct) => context.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "matcher", Label = "scores" }, ct), default);

        Assert.Equal(expectedRequests, _connector.Requests.Count);
    }

    [Fact]
    public async Task ExpectReplies_BuffersEverythingAndCallsNobody()
    {
        var inbound = TestActivities.Message("hi", serviceUrl: null);
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;

        var response = await Adapter.ProcessActivityAsync(inbound, Anonymous, async (context, ct) =>
        {
            await context.SendActivityAsync("one", cancellationToken: ct);
            await context.SendActivitiesAsync([new Activity { Text = "two" }, new Activity { Type = ActivityTypes.Delay, Value = JsonSerializer.SerializeToElement(5000) }], ct);
        }, default);

        Assert.Equal((int)HttpStatusCode.OK, response.Status);
        var replies = response.Body!.Value.Deserialize(BotJson.TypeInfo<ExpectedReplies>())!;
        Assert.Equal(["one", "two"], replies.Activities.Select(activity => activity.Text));
        Assert.All(replies.Activities, activity => Assert.Equal("29:user-1", activity.Recipient?.Id));
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task ExpectReplies_BotFails_TheApologyIsInTheReplies()
    {
        var inbound = TestActivities.Message("hi", serviceUrl: null);
        inbound.DeliveryMode = DeliveryModes.ExpectReplies;

        var response = await Adapter.ProcessActivityAsync(inbound, Anonymous, (_, _) => throw new InvalidOperationException("bug"), default);

        var replies = response.Body!.Value.Deserialize(BotJson.TypeInfo<ExpectedReplies>())!;
        Assert.Equal(ApologyOnlyRecovery.DefaultApology, Assert.Single(replies.Activities).Text);
    }

    [Fact]
    public async Task Invoke_ResponseFromTheBot_IsTheTurnsResponse()
    {
        var inbound = TestActivities.Message("ignored", _connector.ServiceUrl);
        inbound.Type = ActivityTypes.Invoke;
        inbound.Name = "adaptiveCard/action";

        var response = await Adapter.ProcessActivityAsync(
            inbound,
            Anonymous,
            (context, ct) => context.SendInvokeResponseAsync(new InvokeResponse(202, JsonSerializer.SerializeToElement(new { statusCode = 202 })), ct),
            default);

        Assert.Equal(202, response.Status);
        Assert.Equal(202, response.Body?.GetProperty("statusCode").GetInt32());
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task Delay_PausesTheTurnBetweenSends()
    {
        var inbound = TestActivities.Message("hi", _connector.ServiceUrl);

        await Adapter.ProcessActivityAsync(inbound, Anonymous, (context, ct) => context.SendActivitiesAsync(
            [new Activity { Text = "one" }, new Activity { Type = ActivityTypes.Delay, Value = JsonSerializer.SerializeToElement(300) }, new Activity { Text = "two" }], ct), default);

        var requests = _connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(requests[0].ReceivedAt, requests[1].ReceivedAt) >= TimeSpan.FromMilliseconds(250));
    }

    [Fact]
    public async Task UpdateAndDelete_GoToTheConnector()
    {
        var inbound = TestActivities.Message("hi", _connector.ServiceUrl, conversationId: "a:1");

        await Adapter.ProcessActivityAsync(inbound, Anonymous, async (context, ct) =>
        {
            await context.UpdateActivityAsync(new Activity { Id = "sent-1", Text = "edited" }, ct);
            await context.DeleteActivityAsync("sent-1", ct);
        }, default);

        Assert.Equal(
            [("PUT", "/v3/conversations/a%3A1/activities/sent-1"), ("DELETE", "/v3/conversations/a%3A1/activities/sent-1")],
            _connector.Requests.Select(request => (request.Method, request.RawTarget)));
    }
}
