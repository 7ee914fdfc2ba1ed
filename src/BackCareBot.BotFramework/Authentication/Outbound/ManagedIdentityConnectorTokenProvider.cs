using Microsoft.Identity.Client;

namespace BackCareBot.BotFramework.Authentication.Outbound;

/// <summary>Tokens from the host's user-assigned managed identity; MSAL caches and renews them.</summary>
internal sealed class ManagedIdentityConnectorTokenProvider(IManagedIdentityApplication application, string resource)
    : IConnectorTokenProvider
{
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        var result = await application.AcquireTokenForManagedIdentity(resource).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }
}
