using System.Security.Claims;
using BackCareBot.BotFramework.Authentication;

namespace BackCareBot.BotFramework.Tests.Fakes;

/// <summary>Accepts exactly one bearer token and records what it was asked.</summary>
public sealed class StubAuthenticator(string acceptedToken, string callerId = "urn:botframework:azure") : IChannelAuthenticator
{
    public string? LastChannelId { get; private set; }

    public string? LastServiceUrl { get; private set; }

    public Task<ChannelAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken)
    {
        LastChannelId = channelId;
        LastServiceUrl = serviceUrl;
        return Task.FromResult(authorizationHeader == $"Bearer {acceptedToken}"
            ? ChannelAuthenticationResult.Success(new ClaimsIdentity([new Claim("aud", "test-app")], "Bearer"), callerId)
            : ChannelAuthenticationResult.Failure("token rejected by the stub"));
    }
}
