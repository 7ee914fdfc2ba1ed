using System.Net;
using BackCareBot.Tests.Support;
using BackCareBot.Tests.Support.Authentication;

namespace BackCareBot.Tests.Messaging;

/// <summary>
/// Authentication on (a <c>MicrosoftAppId</c> is set), with the channel's signing keys fetched from a local OpenID
/// metadata endpoint: only a Bot Connector token for this bot, for this channel and service URL, gets a turn.
/// </summary>
public sealed class AuthenticationTests(AuthenticatedHost host) : IClassFixture<AuthenticatedHost>
{
    private static readonly Dictionary<string, Func<AuthenticatedHost, string?>> RefusedHeaders = new()
    {
        ["no header"] = _ => null,
        ["not a bearer token"] = _ => "Basic Ym90OnBhc3N3b3Jk",
        ["not a JWT"] = _ => "Bearer not-a-token",
        ["wrong audience"] = keys => new ChannelToken { Key = keys.Channel, Audience = "another-bot-app-id" }.AsHeader(),
        ["wrong issuer"] = keys => new ChannelToken { Key = keys.Channel, TokenIssuer = "https://issuer.contoso.example" }.AsHeader(),
        ["bad signature"] = keys => new ChannelToken { Key = keys.Attacker.WithKeyId(keys.Channel.KeyId) }.AsHeader(),
        ["unknown key"] = keys => new ChannelToken { Key = keys.Attacker }.AsHeader(),
        ["expired"] = keys => new ChannelToken
        {
            Key = keys.Channel,
            NotBefore = DateTimeOffset.UtcNow.AddHours(-2),
            Expires = DateTimeOffset.UtcNow.AddHours(-1),
        }.AsHeader(),
        ["key not endorsed for the channel"] = keys => new ChannelToken { Key = keys.SlackOnly }.AsHeader(),
        ["key without endorsements"] = keys => new ChannelToken { Key = keys.Unendorsed }.AsHeader(),
        ["serviceurl claim for another service URL"] = keys =>
            new ChannelToken { Key = keys.Channel, ServiceUrlClaim = "https://smba.trafficmanager.net/emea/" }.AsHeader(),
        ["no serviceurl claim"] = keys => new ChannelToken { Key = keys.Channel, ServiceUrlClaim = null }.AsHeader(),
    };

    public static TheoryData<string> RefusedCases => [.. RefusedHeaders.Keys];

    [Fact]
    public async Task ValidChannelToken_GetsATurn()
    {
        var activity = Inbound.Message("how long do I hold the hamstring stretch?", Inbound.NewConversationId(), ChannelToken.ServiceUrl);

        var replies = await host.Client.ExpectRepliesAsync(activity, new ChannelToken { Key = host.Channel }.AsHeader());

        Assert.NotNull(ReplyEntities.Find(Assert.Single(replies), ReplyEntities.Advice));
    }

    [Fact]
    public async Task ValidChannelToken_ReplyGoesToTheTokensServiceUrlWithTheBotsOwnToken()
    {
        await using var connector = await FakeConnector.StartAsync();
        var token = new ChannelToken { Key = host.Channel, ServiceUrlClaim = connector.ServiceUrl };

        using var response = await host.Client.PostActivityAsync(
            Inbound.Message("how long do I hold the hamstring stretch?", Inbound.NewConversationId(), connector.ServiceUrl), token.AsHeader());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(connector.Requests);
        Assert.Equal($"Bearer {FakeIdentityPlatform.AccessToken}", reply.Authorization);
        Assert.NotNull(ReplyEntities.Find(reply.Activity, ReplyEntities.Advice));
        Assert.Contains(host.IdentityPlatformRequests, request => request.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public async Task RefusedToken_Is401WithABearerChallenge(string refusal)
    {
        var activity = Inbound.Message("how long do I hold the hamstring stretch?", Inbound.NewConversationId(), ChannelToken.ServiceUrl);
        activity["deliveryMode"] = "expectReplies";

        using var response = await host.Client.PostActivityAsync(activity, RefusedHeaders[refusal](host));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.DoesNotContain("\"activities\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
