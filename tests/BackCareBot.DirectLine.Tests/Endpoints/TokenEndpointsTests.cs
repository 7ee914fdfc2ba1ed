using System.Net;
using BackCareBot.DirectLine.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BackCareBot.DirectLine.Tests.Endpoints;

public sealed class TokenEndpointsTests
{
    [Fact]
    public async Task TheTokenRoute_GivesAConversationAUserAndAToken()
    {
        await using var host = await DirectLineHost.StartAsync();

        using var response = await host.Http.PostAsync(new Uri("/api/directline/token", UriKind.Relative), content: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var grant = (await DirectLineClient.ReadAsync<TokenDto>(response))!;
        Assert.Matches("^[A-Za-z0-9_-]{22}$", grant.ConversationId);
        Assert.Matches("^dl_[0-9a-f]{24}$", grant.UserId);
        Assert.Equal(1800, grant.ExpiresIn);
        var claims = new JsonWebToken(grant.Token);
        Assert.Equal(grant.UserId, claims.GetPayloadValue<string>("user"));
        Assert.Equal(grant.ConversationId, claims.GetPayloadValue<string>("conv"));
    }

    [Fact]
    public async Task EachTokenRequest_GetsItsOwnConversationAndUser()
    {
        await using var host = await DirectLineHost.StartAsync();

        var first = await host.Client.GetTokenAsync();
        var second = await host.Client.GetTokenAsync();

        Assert.NotEqual(first.ConversationId, second.ConversationId);
        Assert.NotEqual(first.UserId, second.UserId);
    }

    [Fact]
    public async Task TheTokenRoute_IsRateLimitedPerClientAddress()
    {
        var settings = new DirectLineHostSettings();
        settings.Configuration["DirectLine:TokenRequestsPerMinute"] = "3";
        await using var host = await DirectLineHost.StartAsync(settings);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last?.Dispose();
            last = await host.Http.PostAsync(new Uri("/api/directline/token", UriKind.Relative), content: null);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal("TooManyRequests", await DirectLineClient.ErrorCodeAsync(last!));
        Assert.NotNull(last!.Headers.RetryAfter);
        last.Dispose();
    }

    [Fact]
    public async Task ATokenPastItsLifetime_IsRefusedAsExpired()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await DirectLineHost.StartAsync(new DirectLineHostSettings { Time = time });
        var conversation = await host.Client.StartNewAsync();

        time.Advance(TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));
        using var response = await host.Client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineClient.ErrorCodeAsync(response));
    }

    [Fact]
    public async Task RefreshingBeforeExpiry_GivesATokenThatOutlivesTheOldOne()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await DirectLineHost.StartAsync(new DirectLineHostSettings { Time = time });
        var conversation = await host.Client.StartNewAsync();
        time.Advance(TimeSpan.FromMinutes(15));

        using var refresh = await host.Client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);
        var refreshed = (await DirectLineClient.ReadAsync<ConversationDto>(refresh))!;
        time.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(conversation.ConversationId, refreshed.ConversationId);
        Assert.Equal(1800, refreshed.ExpiresIn);
        Assert.NotEqual(conversation.Token, refreshed.Token);
        var withRefreshed = conversation with { Token = refreshed.Token };
        Assert.Equal(EchoBot.EchoOf("still here"), await SendAndReadReplyAsync(host, withRefreshed, "still here"));
        using var withOld = await host.Client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token);
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
    }

    [Fact]
    public async Task RefreshingAfterExpiry_IsRefused()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await DirectLineHost.StartAsync(new DirectLineHostSettings { Time = time });
        var conversation = await host.Client.StartNewAsync();
        time.Advance(TimeSpan.FromMinutes(31));

        using var refresh = await host.Client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
        Assert.Equal("TokenExpired", await DirectLineClient.ErrorCodeAsync(refresh));
    }

    private static async Task<string?> SendAndReadReplyAsync(DirectLineHost host, StartedConversation conversation, string text)
    {
        var id = await host.Client.SendMessageAsync(conversation, text);
        var set = await host.Client.GetActivitiesAsync(conversation);
        return set.Activities.Single(activity => activity.ReplyToId == id).Text;
    }
}
