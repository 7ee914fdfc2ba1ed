namespace BackCareBot.BotFramework.Authentication;

/// <summary>Supplies the bearer token for calls from the bot to a channel's Bot Connector service.</summary>
public interface IConnectorTokenProvider
{
    /// <summary>
    /// Returns an access token for the Bot Connector service, served from a cache and renewed before it expires;
    /// null when authentication is off (no <c>MicrosoftAppId</c>), in which case calls carry no Authorization header.
    /// </summary>
    /// <exception cref="Microsoft.Identity.Client.MsalException">The identity platform refused or could not be reached.</exception>
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
