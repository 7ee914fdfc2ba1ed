namespace BackCareBot.BotFramework.Authentication.Outbound;

/// <summary>
/// The Bot Connector resource as the two token flows want it: a <c>/.default</c> scope for client credentials (as
/// the SDK's MsalAppCredentials appends it), the bare resource for managed identity.
/// </summary>
internal static class ConnectorTokenScope
{
    private const string DefaultSuffix = "/.default";

    public static string ForClientCredentials(string oauthScope) =>
        oauthScope.EndsWith(DefaultSuffix, StringComparison.OrdinalIgnoreCase) ? oauthScope : oauthScope + DefaultSuffix;

    public static string ForManagedIdentity(string oauthScope) =>
        oauthScope.EndsWith(DefaultSuffix, StringComparison.OrdinalIgnoreCase) ? oauthScope[..^DefaultSuffix.Length] : oauthScope;
}
