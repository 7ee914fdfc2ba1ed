using System.Net;
using BackCareBot.BotFramework.Authentication;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace BackCareBot.BotFramework.Tests.Messaging;

/// <summary>How the endpoint uses the authentication result; the authenticator itself is a stub here.</summary>
public sealed class AuthenticatedMessagingTests
{
    private const string Token = "channel-token";

    [Fact]
    public async Task Authenticated_CallerIdComesFromTheResultNotTheWire()
    {
        var seen = new List<string?>();
        var authenticator = new StubAuthenticator(Token);
        await using var host = await StartAsync(authenticator, seen);
        using var request = MessagingRequests.Post(MessagingRequests.Message(
            "hi", serviceUrl: null, extra: "\"deliveryMode\": \"expectReplies\", \"callerId\": \"urn:botframework:aadappid:impostor\","));
        request.Headers.Authorization = new("Bearer", Token);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["urn:botframework:azure"], seen);
        Assert.Equal("msteams", authenticator.LastChannelId);
    }

    [Fact]
    public async Task WithoutCredentials_CallerIdOnTheWireIsDiscarded()
    {
        var seen = new List<string?>();
        await using var host = await StartAsync(authenticator: null, seen);

        using var response = await host.Client.SendAsync(MessagingRequests.Post(MessagingRequests.Message(
            "hi", serviceUrl: null, extra: "\"deliveryMode\": \"expectReplies\", \"callerId\": \"urn:botframework:azure\",")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([null], seen);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-token")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task Refused_Is401WithBearerChallengeAndTheBotDoesNotRun(string? header)
    {
        var seen = new List<string?>();
        await using var host = await StartAsync(new StubAuthenticator(Token), seen);
        using var request = MessagingRequests.Post(MessagingRequests.Message("hi", "http://127.0.0.1:9/"));
        if (header is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.ToString());
        Assert.Empty(seen);
    }

    [Fact]
    public async Task SigningKeysUnavailable_Is503()
    {
        var seen = new List<string?>();
        await using var host = await StartAsync(new UnavailableAuthenticator(), seen);

        using var response = await host.Client.SendAsync(MessagingRequests.Post(MessagingRequests.Message("hi", "http://127.0.0.1:9/")));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(seen);
    }

    private static Task<BotHost> StartAsync(IChannelAuthenticator? authenticator, List<string?> seenCallerIds)
    {
        var bot = new DelegateBot((context, _) =>
        {
            seenCallerIds.Add(context.Activity.CallerId);
            return Task.CompletedTask;
        });
        return BotHost.StartAsync(bot, configureServices: services =>
        {
            if (authenticator is not null)
            {
                services.AddSingleton(authenticator);
            }
        });
    }
}
