using Microsoft.Identity.Client;
using Microsoft.Identity.Client.AppConfig;

namespace BackCareBot.BotFramework.Authentication.Outbound;

/// <summary>
/// Picks the token flow the SDK's ConfigurationServiceClientCredentialFactory picks for the app type. Authority:
/// <c>ToChannelFromBotLoginUrl</c> if set, else the bot's tenant (SingleTenant), else botframework.com. Scope:
/// <c>ToChannelFromBotOAuthScope</c> if set, else https://api.botframework.com.
/// </summary>
internal static class ConnectorTokenProviders
{
    public static IConnectorTokenProvider Create(BotFrameworkAuthenticationOptions options, IMsalHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsAuthenticationEnabled)
        {
            return new AnonymousConnectorTokenProvider();
        }

        var appId = options.MicrosoftAppId!.Trim();
        if (options.MicrosoftAppType == MicrosoftAppType.UserAssignedMsi)
        {
            var managedIdentity = ManagedIdentityApplicationBuilder
                .Create(ManagedIdentityId.WithUserAssignedClientId(appId))
                .WithHttpClientFactory(httpClientFactory)
                .Build();
            return new ManagedIdentityConnectorTokenProvider(managedIdentity, ConnectorTokenScope.ForManagedIdentity(options.OAuthScope));
        }

        var application = ConfidentialClientApplicationBuilder
            .Create(appId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(options.LoginUrl)
            .WithHttpClientFactory(httpClientFactory)
            .Build();
        return new ClientSecretConnectorTokenProvider(application, ConnectorTokenScope.ForClientCredentials(options.OAuthScope));
    }
}
