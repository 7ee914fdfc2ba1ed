using BackCareBot.BotFramework.Authentication;

namespace BackCareBot.BotFramework.Tests.Fakes;

public sealed class UnavailableAuthenticator : IChannelAuthenticator
{
    public Task<ChannelAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken) =>
        throw new SigningKeysUnavailableException("The signing keys could not be fetched.");
}
