using System.Net;
using System.Text;
using System.Text.Json;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using BackCareBot.BotFramework.Tests.Fakes;
using BackCareBot.BotFramework.Tests.Pipeline;

namespace BackCareBot.BotFramework.Tests.Messaging;

/// <summary>The messaging endpoint through a real Kestrel host, with authentication off (the real authenticator).</summary>
public sealed class BotFrameworkHttpAdapterTests : IAsyncLifetime
{
    private const string UserText = "sharp pain down my left leg since Monday";
    private FakeConnector _connector = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await FakeConnector.StartAsync("/teams/");
        _host = await BotHost.StartAsync(new EchoBot(), new Dictionary<string, string?> { ["BotFramework:MaxRequestBodyBytes"] = "4096" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task NotPost_Is405WithAllowPost(string method)
    {
        using var response = await _host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task NotJson_Is415(string contentType)
    {
        using var response = await _host.Client.SendAsync(MessagingRequests.Post(MessagingRequests.Message("hi", _connector.ServiceUrl), contentType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("UnsupportedMediaType", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task NoContentType_Is415()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new ByteArrayContent("{}"u8.ToArray()) };

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON")]
    [InlineData("application/json;charset=\"UTF-8\"")]
    public async Task JsonContentTypeVariants_AreAccepted(string contentType)
    {
        var json = MessagingRequests.Message("hi", serviceUrl: null, extra: "\"deliveryMode\": \"expectReplies\",");

        using var response = await _host.Client.SendAsync(MessagingRequests.Post(json, contentType));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task BodyOverTheLimit_Is413()
    {
        var json = MessagingRequests.Message(new string('a', 5000), _connector.ServiceUrl);

        using var response = await _host.Client.SendAsync(MessagingRequests.Post(json));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("MessageSizeTooBig", await ErrorCodeAsync(response));
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task ChunkedBodyOverTheLimit_Is413WithoutReadingItAll()
    {
        var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(MessagingRequests.Message(new string('a', 50_000), _connector.ServiceUrl))));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    public static TheoryData<string, byte[], string> BadBodies => new()
    {
        { "not JSON", "{\"type\":"u8.ToArray(), "BadSyntax" },
        { "invalid UTF-8", [.. "{\"type\":\"message\",\"text\":\""u8, 0xC3, 0x28, .. "\"}"u8], "BadSyntax" },
        { "too deep", Encoding.UTF8.GetBytes("{\"type\":\"event\",\"value\":" + string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200)) + "}"), "BadSyntax" },
        { "text is a number", Encoding.UTF8.GetBytes(MessagingRequests.Message("x", "http://127.0.0.1:9/").Replace("\"text\": \"x\"", "\"text\": 5", StringComparison.Ordinal)), "BadSyntax" },
        { "JSON null", "null"u8.ToArray(), "BadSyntax" },
        { "JSON array", "[]"u8.ToArray(), "BadSyntax" },
        { "no type", """{"conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:9/"}"""u8.ToArray(), "MissingProperty" },
        { "empty type", """{"type":" ","conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:9/"}"""u8.ToArray(), "MissingProperty" },
        { "no conversation id", """{"type":"message","conversation":{},"serviceUrl":"http://127.0.0.1:9/"}"""u8.ToArray(), "MissingProperty" },
        { "no serviceUrl", """{"type":"message","conversation":{"id":"c"}}"""u8.ToArray(), "MissingProperty" },
        { "relative serviceUrl", """{"type":"message","conversation":{"id":"c"},"serviceUrl":"/v3/"}"""u8.ToArray(), "BadArgument" },
        { "ftp serviceUrl", """{"type":"message","conversation":{"id":"c"},"serviceUrl":"ftp://127.0.0.1/"}"""u8.ToArray(), "BadArgument" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task MalformedActivity_Is400WithAnErrorResponse(string scenario, byte[] body, string expectedCode)
    {
        using var response = await _host.Client.SendAsync(MessagingRequests.Post(body));

        Assert.True(HttpStatusCode.BadRequest == response.StatusCode, scenario);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(expectedCode, await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task MalformedActivity_ErrorDoesNotEchoTheBody()
    {
        var json = MessagingRequests.Message(UserText, "http://127.0.0.1:9/").Replace("\"channelId\": \"msteams\"", "\"channelId\": 7", StringComparison.Ordinal);

        using var response = await _host.Client.SendAsync(MessagingRequests.Post(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("sharp pain", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_RepliesThroughTheConnectorAndAnswers200WithNoBody()
    {
        var json = MessagingRequests.Message("hello", _connector.ServiceUrl, conversationId: "19:c1@thread.tacv2;messageid=7");

        using var response = await _host.Client.SendAsync(MessagingRequests.Post(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        var request = Assert.Single(_connector.Requests);
        Assert.Equal("/teams/v3/conversations/19%3Ac1%40thread.tacv2%3Bmessageid%3D7/activities/1715%3A1", request.RawTarget);
        Assert.Null(request.Authorization);
        var reply = JsonSerializer.Deserialize(request.Body, BotJson.TypeInfo<Activity>())!;
        Assert.Equal("echo: hello", reply.Text);
        Assert.Equal("28:bot-1", reply.From?.Id);
        Assert.Equal("29:user-1", reply.Recipient?.Id);
        Assert.Equal("1715:1", reply.ReplyToId);
        Assert.Null(reply.Id);
        Assert.Null(reply.CallerId);
    }

    [Fact]
    public async Task ExpectReplies_ReturnsTheRepliesAndSendsNothing()
    {
        var json = MessagingRequests.Message("hello", _connector.ServiceUrl, extra: "\"deliveryMode\": \"expectReplies\",");

        using var response = await _host.Client.SendAsync(MessagingRequests.Post(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), BotJson.TypeInfo<ExpectedReplies>())!;
        Assert.Equal("echo: hello", Assert.Single(replies.Activities).Text);
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task ExpectReplies_BodyIsSentWithItsLengthNotChunked()
    {
        var json = MessagingRequests.Message("hello", serviceUrl: null, extra: "\"deliveryMode\": \"expectReplies\",");

        using var response = await _host.Client.SendAsync(MessagingRequests.Post(json));

        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Invoke_TheBotDoesNotAnswer_Is501()
    {
        var json = """{"type":"invoke","name":"adaptiveCard/action","conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:9/"}""";

        using var response = await _host.Client.SendAsync(MessagingRequests.Post(json));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_TheBotAnswers_IsItsStatusAndBody()
    {
        var json = """{"type":"invoke","name":"respond","conversation":{"id":"c"},"serviceUrl":"http://127.0.0.1:9/"}""";

        using var response = await _host.Client.SendAsync(MessagingRequests.Post(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"answered":true}""", await response.Content.ReadAsStringAsync());
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task UnknownActivityType_Is200()
    {
        using var response = await _host.Client.SendAsync(MessagingRequests.Post(Schema.Payloads.FutureActivityType.Replace(
            "\"channelId\": \"future\"", "\"channelId\": \"future\", \"serviceUrl\": \"http://127.0.0.1:9/\"", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ServiceUrlElsewhereWhileAuthenticationIsOff_Is403()
    {
        var json = MessagingRequests.Message("hello", "https://bot-connector.invalid/amer/");

        using var response = await _host.Client.SendAsync(MessagingRequests.Post(json));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("ServiceUrlNotAllowed", await ErrorCodeAsync(response));
    }

    [Fact]
    public async Task AuthorizationHeaderWhileAuthenticationIsOff_Is401WithBearerChallenge()
    {
        using var request = MessagingRequests.Post(MessagingRequests.Message("hello", _connector.ServiceUrl));
        request.Headers.Authorization = new("Bearer", "made-up-token");

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Empty(_connector.Requests);
    }

    [Fact]
    public async Task BotFails_UserGetsTheApologyAnd200()
    {
        var json = MessagingRequests.Message(EchoBot.FailText, _connector.ServiceUrl);

        using var response = await _host.Client.SendAsync(MessagingRequests.Post(json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var apology = JsonSerializer.Deserialize(Assert.Single(_connector.Requests).Body, BotJson.TypeInfo<Activity>())!;
        Assert.Equal(ApologyOnlyRecovery.DefaultApology, apology.Text);
    }

    [Fact]
    public async Task ChannelUnreachable_Is502WithNoBody()
    {
        var json = MessagingRequests.Message("hello", "http://127.0.0.1:1/");

        using var response = await _host.Client.SendAsync(MessagingRequests.Post(json));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ChannelRefusesReplyAndApology_Is502()
    {
        _connector.Enqueue(new ScriptedResponse(403), new ScriptedResponse(403));

        using var response = await _host.Client.SendAsync(MessagingRequests.Post(MessagingRequests.Message("hello", _connector.ServiceUrl)));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(2, _connector.Requests.Count);
    }

    [Fact]
    public async Task Logs_NeverContainTheUsersTextOrConversationId()
    {
        const string ConversationId = "a:1Secret-Conversation-Id";
        await _host.Client.SendAsync(MessagingRequests.Post(MessagingRequests.Message(UserText, _connector.ServiceUrl, ConversationId)));
        await _host.Client.SendAsync(MessagingRequests.Post(MessagingRequests.Message(EchoBot.FailText, _connector.ServiceUrl, ConversationId)));
        await _host.Client.SendAsync(MessagingRequests.Post(MessagingRequests.Message(UserText, "https://bot-connector.invalid/", ConversationId)));

        var records = _host.Logs.GetSnapshot();

        Assert.Contains(records, record => record.Message.Contains("Turn failed", StringComparison.Ordinal));
        Assert.All(records, record => BotAdapterTests.AssertPrivate(record, UserText, ConversationId));
    }

    private static async Task<string?> ErrorCodeAsync(HttpResponseMessage response)
    {
        var body = JsonSerializer.Deserialize(await response.Content.ReadAsStringAsync(), BotJson.TypeInfo<ErrorResponse>());
        return body?.Error?.Code;
    }
}
