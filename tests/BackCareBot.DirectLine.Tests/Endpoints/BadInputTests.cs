using System.Net;
using System.Text;
using BackCareBot.DirectLine.Tests.Support;

namespace BackCareBot.DirectLine.Tests.Endpoints;

/// <summary>Whatever a client sends, the answer is a 4xx naming the problem, never a 500.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, string, string, HttpStatusCode, string> Bodies => new()
    {
        { "not JSON", "hello there", "application/json", HttpStatusCode.BadRequest, "BadSyntax" },
        { "truncated JSON", """{"type":"message","text":""", "application/json", HttpStatusCode.BadRequest, "BadSyntax" },
        { "a JSON array", """[{"type":"message"}]""", "application/json", HttpStatusCode.BadRequest, "BadSyntax" },
        { "JSON null", "null", "application/json", HttpStatusCode.BadRequest, "BadSyntax" },
        { "a number for type", """{"type":5}""", "application/json", HttpStatusCode.BadRequest, "BadSyntax" },
        { "an object for text", """{"type":"message","text":{"a":1}}""", "application/json", HttpStatusCode.BadRequest, "BadSyntax" },
        { "a string for membersAdded", """{"type":"message","membersAdded":"x"}""", "application/json", HttpStatusCode.BadRequest, "BadSyntax" },
        { "no type", """{"text":"hi"}""", "application/json", HttpStatusCode.BadRequest, "MissingProperty" },
        { "an empty type", """{"type":" ","text":"hi"}""", "application/json", HttpStatusCode.BadRequest, "MissingProperty" },
        { "a pipeline-only type", """{"type":"delay","value":100000}""", "application/json", HttpStatusCode.BadRequest, "BadArgument" },
        { "a membership event", """{"type":"conversationUpdate","membersAdded":[{"id":"x"}]}""", "application/json", HttpStatusCode.BadRequest, "BadArgument" },
        { "an installation event", """{"type":"installationUpdate","action":"remove"}""", "application/json", HttpStatusCode.BadRequest, "BadArgument" },
        { "a trace", """{"type":"trace","value":1}""", "application/json", HttpStatusCode.BadRequest, "BadArgument" },
        { "deeply nested", new string('[', 200) + new string(']', 200), "application/json", HttpStatusCode.BadRequest, "BadSyntax" },
        { "plain text", """{"type":"message"}""", "text/plain", HttpStatusCode.UnsupportedMediaType, "UnsupportedMediaType" },
        { "a huge body", "{\"type\":\"message\",\"text\":\"" + new string('a', 40_000) + "\"}", "application/json", HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig" },
    };

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task PostingABadActivity_IsRefusedWithA4xx(string because, string body, string contentType, HttpStatusCode status, string code)
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();

        using var content = new StringContent(body, Encoding.UTF8, contentType);
        using var response = await host.Client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, content);

        Assert.True(status == response.StatusCode, because);
        Assert.Equal(code, await DirectLineClient.ErrorCodeAsync(response));
        Assert.Single(host.Bot.Received);
    }

    [Fact]
    public async Task InvalidUtf8_IsRefused()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();
        using var content = new ByteArrayContent([(byte)'{', 0xC3, 0x28, (byte)'}']);
        content.Headers.ContentType = new("application/json");

        using var response = await host.Client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public static TheoryData<string, string> BadWatermarks => new()
    {
        { "GET", "activities?watermark=abc" },
        { "GET", "activities?watermark=-1" },
        { "GET", "activities?watermark=99999999999999999999" },
        { "GET", "?watermark=1.5" },
    };

    [Theory]
    [MemberData(nameof(BadWatermarks))]
    public async Task AWatermarkThisServiceNeverGave_IsRefused(string method, string path)
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();
        var separator = path.StartsWith('?') ? string.Empty : "/";

        using var response = await host.Client.SendAsync(new HttpMethod(method), $"/v3/directline/conversations/{conversation.ConversationId}{separator}{path}", conversation.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("BadArgument", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task AStartBodyThatIsNotJson_IsRefused()
    {
        await using var host = await DirectLineHost.StartAsync();
        var grant = await host.Client.GetTokenAsync();

        using var response = await host.Client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", grant.Token, DirectLineClient.Json("{user"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(host.Bot.Received);
    }

    [Fact]
    public async Task AConversationThatNeverStarted_IsNotFound()
    {
        await using var host = await DirectLineHost.StartAsync();
        var grant = await host.Client.GetTokenAsync();

        using var get = await host.Client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{grant.ConversationId}/activities", grant.Token);
        using var post = await host.Client.PostActivityAsync(grant.ConversationId, grant.Token, DirectLineClient.Message("hi"));
        using var reconnect = await host.Client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{grant.ConversationId}", grant.Token);

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reconnect.StatusCode);
    }

    [Fact]
    public async Task AnUnknownRouteOrMethod_IsNotA500()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();

        using var put = await host.Client.SendAsync(HttpMethod.Put, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token);
        using var unknown = await host.Client.SendAsync(HttpMethod.Get, "/v3/directline/nothing", conversation.Token);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
