namespace BackCareBot.BotFramework.Authentication;

/// <summary>How the bot's Entra ID app registration obtains tokens (the SDK's <c>MicrosoftAppType</c> setting).</summary>
public enum MicrosoftAppType
{
    /// <summary>Multi-tenant app: tokens from the botframework.com tenant. The SDK's default.</summary>
    MultiTenant,

    /// <summary>Single-tenant app: tokens from the bot's own tenant (<c>MicrosoftAppTenantId</c>).</summary>
    SingleTenant,

    /// <summary>User-assigned managed identity whose client id is <c>MicrosoftAppId</c>; no password.</summary>
    UserAssignedMsi,
}
