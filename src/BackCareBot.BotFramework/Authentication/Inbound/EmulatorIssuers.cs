using Microsoft.IdentityModel.JsonWebTokens;

namespace BackCareBot.BotFramework.Authentication.Inbound;

/// <summary>
/// Issuers of the Entra ID tokens the SDK accepts from the Emulator: v1 and v2 issuers of the two Bot Framework
/// tenants, plus the same two forms for a single-tenant bot's tenant, taken from the token's <c>tid</c> claim (as
/// the SDK does) and from <c>MicrosoftAppTenantId</c>. A token from any other issuer goes down the channel path.
/// </summary>
internal sealed class EmulatorIssuers
{
    private static readonly string[] BotFrameworkTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db", // auth v3.1
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a", // auth v3.2
    ];

    private readonly HashSet<string> _fixed;

    public EmulatorIssuers(string? configuredTenantId)
    {
        var tenants = Guid.TryParse(configuredTenantId, out _)
            ? BotFrameworkTenants.Append(configuredTenantId!.Trim())
            : BotFrameworkTenants;
        _fixed = tenants.SelectMany(IssuersOf).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The issuers a token may carry to be treated as an Emulator token.</summary>
    public IReadOnlyCollection<string> For(JsonWebToken token)
    {
        // Only a tenant id shaped like one makes an issuer; the signature check that follows proves it came from Entra ID.
        if (token.TryGetPayloadValue<string>("tid", out var tenantId) && Guid.TryParse(tenantId, out _))
        {
            var issuers = IssuersOf(tenantId).ToArray();
            if (!issuers.All(_fixed.Contains))
            {
                return [.. _fixed, .. issuers];
            }
        }

        return _fixed;
    }

    public bool IsEmulatorToken(JsonWebToken token) =>
        !string.IsNullOrEmpty(token.Issuer) && For(token).Contains(token.Issuer);

    private static IEnumerable<string> IssuersOf(string tenantId) =>
    [
        $"https://sts.windows.net/{tenantId}/",
        $"https://login.microsoftonline.com/{tenantId}/v2.0",
    ];
}
