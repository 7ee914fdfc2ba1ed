namespace BackCareBot.BotFramework.Authentication;

/// <summary>
/// Bot credentials and endpoints, bound from the configuration root under the Bot Framework SDK's own key names so
/// that existing App Service settings and appsettings.json files work unchanged. Validated at startup.
/// </summary>
public sealed class BotFrameworkAuthenticationOptions
{
    public const string DefaultChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string DefaultEmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string DefaultChannelTokenIssuer = "https://api.botframework.com";
    public const string DefaultOAuthScope = "https://api.botframework.com";
    public const string LoginUrlPrefix = "https://login.microsoftonline.com/";
    public const string MultiTenantLoginUrl = LoginUrlPrefix + "botframework.com";

    /// <summary><c>MicrosoftAppType</c>: MultiTenant (default), SingleTenant or UserAssignedMSI.</summary>
    public MicrosoftAppType MicrosoftAppType { get; set; } = MicrosoftAppType.MultiTenant;

    /// <summary><c>MicrosoftAppId</c>: the bot's app (client) id. Empty turns authentication off.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary><c>MicrosoftAppPassword</c>: the client secret (MultiTenant and SingleTenant).</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary><c>MicrosoftAppTenantId</c>: required for SingleTenant and UserAssignedMSI.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary><c>BotOpenIdMetadata</c>: overrides the channel OpenID metadata URL.</summary>
    public string? BotOpenIdMetadata { get; set; }

    /// <summary>
    /// <c>ToBotFromChannelOpenIdMetadataUrl</c>: the newer SDK's name for the same override; <see cref="BotOpenIdMetadata"/>
    /// wins when both are set.
    /// </summary>
    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }

    /// <summary><c>ToBotFromEmulatorOpenIdMetadataUrl</c>: overrides the Entra ID metadata used for Emulator tokens.</summary>
    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; }

    /// <summary><c>ToBotFromChannelTokenIssuer</c>: overrides the issuer expected on channel tokens.</summary>
    public string? ToBotFromChannelTokenIssuer { get; set; }

    /// <summary><c>ToChannelFromBotLoginUrl</c>: overrides the authority outbound tokens are requested from.</summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    /// <summary><c>ToChannelFromBotOAuthScope</c>: overrides the resource outbound tokens are requested for.</summary>
    public string? ToChannelFromBotOAuthScope { get; set; }

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public string ChannelOpenIdMetadataUrl =>
        FirstSet(BotOpenIdMetadata, ToBotFromChannelOpenIdMetadataUrl) ?? DefaultChannelOpenIdMetadataUrl;

    public string EmulatorOpenIdMetadataUrl => FirstSet(ToBotFromEmulatorOpenIdMetadataUrl) ?? DefaultEmulatorOpenIdMetadataUrl;

    public string ChannelTokenIssuer => FirstSet(ToBotFromChannelTokenIssuer) ?? DefaultChannelTokenIssuer;

    public string OAuthScope => FirstSet(ToChannelFromBotOAuthScope) ?? DefaultOAuthScope;

    /// <summary>
    /// The authority for outbound tokens: the override, else the bot's tenant for SingleTenant, else botframework.com.
    /// </summary>
    public string LoginUrl =>
        FirstSet(ToChannelFromBotLoginUrl)
        ?? (MicrosoftAppType == MicrosoftAppType.SingleTenant
            ? LoginUrlPrefix + MicrosoftAppTenantId?.Trim()
            : MultiTenantLoginUrl);

    private static string? FirstSet(params ReadOnlySpan<string?> values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }

        return null;
    }
}
