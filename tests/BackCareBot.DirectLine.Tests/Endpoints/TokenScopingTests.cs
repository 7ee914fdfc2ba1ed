using System.Net;
using System.Net.WebSockets;
using BackCareBot.DirectLine.Tests.Support;

namespace BackCareBot.DirectLine.Tests.Endpoints;

/// <summary>A token opens one conversation and nothing else.</summary>
public sealed class TokenScopingTests
{
    public static TheoryData<string, string> ConversationRoutes => new()
    {
        { "GET", "{0}/activities?watermark=" },
        { "POST", "{0}/activities" },
        { "GET", "{0}?watermark=" },
        { "POST", "{0}/upload?userId=x" },
    };

    [Theory]
    [MemberData(nameof(ConversationRoutes))]
    public async Task TokenOfAnotherConversation_IsForbidden(string method, string route)
    {
        await using var host = await DirectLineHost.StartAsync();
        var mine = await host.Client.StartNewAsync();
        var theirs = await host.Client.StartNewAsync();

        using var response = await host.Client.SendAsync(new HttpMethod(method), "/v3/directline/conversations/" + string.Format(null, route, theirs.ConversationId),
            mine.Token, DirectLineClient.Json("""{"type":"message","text":"hi"}"""));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Forbidden", await DirectLineClient.ErrorCodeAsync(response));
        Assert.Single((await host.Client.GetActivitiesAsync(theirs)).Activities);
    }

    [Theory]
    [MemberData(nameof(ConversationRoutes))]
    public async Task NoToken_IsUnauthorized(string method, string route)
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();

        using var response = await host.Client.SendAsync(new HttpMethod(method), "/v3/directline/conversations/" + string.Format(null, route, conversation.ConversationId), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
    }

    public static TheoryData<string> GarbledTokens => new()
    {
        "garbage",
        "a.b.c",
        "eyJhbGciOiJub25lIn0.eyJjb252IjoieCJ9.",
        new string('x', 5000),
    };

    [Theory]
    [MemberData(nameof(GarbledTokens))]
    public async Task AGarbledToken_IsForbidden(string token)
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();

        using var response = await host.Client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenInvalid", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task ATokenFromAnotherInstance_IsForbiddenUnlessTheyShareASigningKey()
    {
        var shared = new DirectLineHostSettings();
        shared.Configuration["DirectLine:TokenSigningKey"] = new string('k', 40);
        await using var issuer = await DirectLineHost.StartAsync(shared);
        await using var sameKey = await DirectLineHost.StartAsync(shared);
        await using var ownKey = await DirectLineHost.StartAsync();
        var grant = await issuer.Client.GetTokenAsync();

        using var accepted = await sameKey.Client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", grant.Token);
        using var refused = await ownKey.Client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", grant.Token);

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task ATokenIssuedBeforeARestart_IsAcceptedAfterItWithAConfiguredKey()
    {
        var settings = new DirectLineHostSettings();
        settings.Configuration["DirectLine:TokenSigningKey"] = new string('r', 40);
        TokenDto grant;
        await using (var before = await DirectLineHost.StartAsync(settings))
        {
            grant = await before.Client.GetTokenAsync();
        }

        await using var after = await DirectLineHost.StartAsync(settings);
        using var accepted = await after.Client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", grant.Token);

        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
    }

    [Fact]
    public async Task ATokenIssuedBeforeARestart_IsRefusedAfterItWithoutAConfiguredKey()
    {
        TokenDto grant;
        await using (var before = await DirectLineHost.StartAsync())
        {
            grant = await before.Client.GetTokenAsync();
        }

        await using var after = await DirectLineHost.StartAsync();
        using var refused = await after.Client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", grant.Token);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Theory]
    [InlineData(null, 3010)]
    [InlineData("a-signing-secret-of-at-least-32-characters", 3011)]
    public async Task Startup_SaysWhichKeySignsTokens_NeverTheKey(string? key, int eventId)
    {
        var settings = new DirectLineHostSettings();
        settings.Configuration["DirectLine:TokenSigningKey"] = key;

        await using var host = await DirectLineHost.StartAsync(settings);

        var records = host.Logs.GetSnapshot();
        var notice = Assert.Single(records, record => record.Id.Id is 3010 or 3011);
        Assert.Equal(eventId, notice.Id.Id);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Information, notice.Level);
        Assert.DoesNotContain(records, record => key is not null && record.Message.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheStreamOfAnotherConversation_IsForbidden()
    {
        await using var host = await DirectLineHost.StartAsync();
        var mine = await host.Client.StartNewAsync();
        var theirs = await host.Client.StartNewAsync();
        var stolenPath = mine.StreamUrl.Replace(mine.ConversationId, theirs.ConversationId, StringComparison.Ordinal);

        var refused = await Assert.ThrowsAsync<WebSocketException>(() => StreamClient.ConnectAsync(stolenPath));

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConversationTokenInTheStreamUrl_IsForbidden()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();
        var url = $"ws://{host.BaseAddress.Authority}/v3/directline/conversations/{conversation.ConversationId}/stream?t={conversation.Token}";

        await Assert.ThrowsAsync<WebSocketException>(() => StreamClient.ConnectAsync(url));
    }

    [Fact]
    public async Task AStreamTokenAsABearerToken_IsForbidden()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();
        var streamToken = Uri.UnescapeDataString(conversation.StreamUrl[(conversation.StreamUrl.IndexOf("t=", StringComparison.Ordinal) + 2)..]);

        using var response = await host.Client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", streamToken);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
