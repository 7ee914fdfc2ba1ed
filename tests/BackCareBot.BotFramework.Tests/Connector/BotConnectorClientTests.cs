using System.Diagnostics;
using System.Text.Json;
using BackCareBot.BotFramework.Connector;
using BackCareBot.BotFramework.Schema;
using BackCareBot.BotFramework.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Activity = BackCareBot.BotFramework.Schema.Activity;

namespace BackCareBot.BotFramework.Tests.Connector;

public sealed class BotConnectorClientTests : IAsyncLifetime
{
    private const string ConversationId = "19:abc@thread.tacv2;messageid=1715";
    private const string EncodedConversationId = "19%3Aabc%40thread.tacv2%3Bmessageid%3D1715";
    private readonly List<ServiceProvider> _services = [];
    private FakeConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await FakeConnector.StartAsync("/amer/");

    public async Task DisposeAsync()
    {
        foreach (var services in _services)
        {
            await services.DisposeAsync();
        }

        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task ReplyToActivity_TeamsIds_ArePercentEncodedUnderTheServiceUrlPrefix()
    {
        var client = CreateClient();

        var response = await client.ReplyToActivityAsync(Reply("1715:99"), CancellationToken.None);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/amer/v3/conversations/{EncodedConversationId}/activities/1715%3A99", request.RawTarget);
        Assert.Equal("sent-1", response.Id);
    }

    [Fact]
    public async Task SendToConversation_PostsTheActivityAsJson()
    {
        var client = CreateClient();

        await client.SendToConversationAsync(Reply(replyToId: null), CancellationToken.None);

        var request = Assert.Single(_connector.Requests);
        Assert.Equal($"/amer/v3/conversations/{EncodedConversationId}/activities", request.RawTarget);
        Assert.Equal("application/json; charset=utf-8", request.ContentType);
        var sent = JsonSerializer.Deserialize(request.Body, BotJson.TypeInfo<Activity>());
        Assert.Equal("Stretch your hamstrings.", sent?.Text);
        Assert.Equal(ConversationId, sent?.Conversation?.Id);
    }

    [Fact]
    public async Task UpdateAndDelete_UseTheActivityPath()
    {
        var client = CreateClient();
        var update = Reply(replyToId: null);
        update.Id = "sent:5";

        await client.UpdateActivityAsync(update, CancellationToken.None);
        await client.DeleteActivityAsync(_connector.ServiceUrl, ConversationId, "sent:5", CancellationToken.None);

        Assert.Collection(
            _connector.Requests,
            put => Assert.Equal(("PUT", $"/amer/v3/conversations/{EncodedConversationId}/activities/sent%3A5"), (put.Method, put.RawTarget)),
            delete => Assert.Equal(("DELETE", $"/amer/v3/conversations/{EncodedConversationId}/activities/sent%3A5"), (delete.Method, delete.RawTarget)));
    }

    [Theory]
    [InlineData("eyJ0eXAi.token", "Bearer eyJ0eXAi.token")]
    [InlineData(null, null)]
    public async Task Authorization_BearerTokenOnlyWhenTheProviderHasOne(string? token, string? expectedHeader)
    {
        var client = CreateClient(new StaticTokenProvider(token));

        await client.SendToConversationAsync(Reply(replyToId: null), CancellationToken.None);

        Assert.Equal(expectedHeader, Assert.Single(_connector.Requests).Authorization);
    }

    [Fact]
    public async Task SuccessWithoutBody_GivesAResponseWithoutId()
    {
        _connector.Enqueue(new ScriptedResponse(202));
        var client = CreateClient();

        var response = await client.SendToConversationAsync(Reply(replyToId: null), CancellationToken.None);

        Assert.Null(response.Id);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(408)]
    [InlineData(412)]
    public async Task TransientStatus_IsRetried(int status)
    {
        _connector.Enqueue(new ScriptedResponse(status));
        var client = CreateClient();

        var response = await client.ReplyToActivityAsync(Reply("1"), CancellationToken.None);

        Assert.Equal(2, _connector.Requests.Count);
        Assert.Equal("sent-1", response.Id);
    }

    [Fact]
    public async Task TooManyRequests_WaitsForRetryAfter()
    {
        _connector.Enqueue(new ScriptedResponse(429, RetryAfter: "1"));
        var client = CreateClient();

        await client.ReplyToActivityAsync(Reply("1"), CancellationToken.None);

        var requests = _connector.Requests;
        Assert.Equal(2, requests.Count);
        Assert.True(Stopwatch.GetElapsedTime(requests[0].ReceivedAt, requests[1].ReceivedAt) >= TimeSpan.FromMilliseconds(900));
    }

    [Fact]
    public async Task RetryAfterBeyondTheLimit_FailsAtOnceInsteadOfWaiting()
    {
        _connector.Enqueue(new ScriptedResponse(429, RetryAfter: "120"));
        var client = CreateClient();

        var failure = await Assert.ThrowsAsync<BotConnectorException>(() => client.ReplyToActivityAsync(Reply("1"), CancellationToken.None));

        Assert.Single(_connector.Requests);
        Assert.Equal(429, failure.StatusCode);
        Assert.True(failure.ChannelUnreachable);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(500)]
    public async Task PermanentStatus_IsNotRetried(int status)
    {
        _connector.Enqueue(new ScriptedResponse(status, """{"error":{"code":"BadArgument","message":"no"}}"""));
        var client = CreateClient();

        var failure = await Assert.ThrowsAsync<BotConnectorException>(() => client.ReplyToActivityAsync(Reply("1"), CancellationToken.None));

        Assert.Single(_connector.Requests);
        Assert.Equal(status, failure.StatusCode);
        Assert.Equal("BadArgument", failure.ErrorCode);
        Assert.False(failure.ChannelUnreachable);
    }

    [Fact]
    public async Task TransientStatusThatPersists_GivesUpAfterTheConfiguredAttempts()
    {
        _connector.Enqueue([.. Enumerable.Repeat(new ScriptedResponse(503), 10)]);
        var client = CreateClient();

        var failure = await Assert.ThrowsAsync<BotConnectorException>(() => client.ReplyToActivityAsync(Reply("1"), CancellationToken.None));

        Assert.Equal(1 + new BotConnectorOptions().MaxRetryAttempts, _connector.Requests.Count);
        Assert.Equal(503, failure.StatusCode);
        Assert.True(failure.ChannelUnreachable);
    }

    [Fact]
    public async Task NoListener_IsReportedAsUnreachable()
    {
        var client = CreateClient();
        var activity = Reply("1");
        activity.ServiceUrl = "http://127.0.0.1:1/";

        var failure = await Assert.ThrowsAsync<BotConnectorException>(() => client.ReplyToActivityAsync(activity, CancellationToken.None));

        Assert.Null(failure.StatusCode);
        Assert.True(failure.ChannelUnreachable);
    }

    [Fact]
    public async Task ServiceUrlNotAllowed_IsRefusedWithoutCallingIt()
    {
        var client = CreateClient();
        var activity = Reply("1");
        activity.ServiceUrl = "https://bot-connector.invalid/amer/";

        var failure = await Assert.ThrowsAsync<BotConnectorException>(() => client.ReplyToActivityAsync(activity, CancellationToken.None));

        Assert.Equal("ServiceUrlNotAllowed", failure.ErrorCode);
        Assert.False(failure.ChannelUnreachable);
    }

    private BotConnectorClient CreateClient(StaticTokenProvider? tokenProvider = null)
    {
        var services = ConnectorServices.Build(tokenProvider: tokenProvider ?? new StaticTokenProvider(null));
        _services.Add(services);
        return services.GetRequiredService<BotConnectorClient>();
    }

    private Activity Reply(string? replyToId) => new()
    {
        Type = ActivityTypes.Message,
        Text = "Stretch your hamstrings.",
        ServiceUrl = _connector.ServiceUrl,
        ChannelId = Channels.MsTeams,
        Conversation = new ConversationAccount { Id = ConversationId },
        From = new ChannelAccount("28:bot"),
        Recipient = new ChannelAccount("29:user"),
        ReplyToId = replyToId,
    };
}
