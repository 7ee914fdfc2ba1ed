using Microsoft.Identity.Client;

namespace BackCareBot.BotFramework.Authentication.Outbound;

/// <summary>
/// Client-credentials tokens (MultiTenant and SingleTenant). One application instance for the app's lifetime: MSAL
/// keeps the token in its in-memory cache and fetches a new one before the old one expires.
/// </summary>
internal sealed class ClientSecretConnectorTokenProvider(IConfidentialClientApplication application, string scope)
    : IConnectorTokenProvider
{
    private readonly string[] _scopes = [scope];

    public IConfidentialClientApplication Application => application;

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }
}
