using Microsoft.Extensions.Options;

namespace BackCareBot.BotFramework.Authentication;

/// <summary>
/// The SDK's startup rules for app types (ConfigurationServiceClientCredentialFactory), plus checks the SDK leaves to
/// the first failing request: a password without an app id (authentication silently off), metadata URLs that are not
/// https (plain http on loopback, for tests), and a login URL that is not https.
/// </summary>
internal sealed class BotFrameworkAuthenticationOptionsValidator : IValidateOptions<BotFrameworkAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateCredentials(options, failures);
        ValidateUrl(nameof(options.BotOpenIdMetadata), options.BotOpenIdMetadata, failures);
        ValidateUrl(nameof(options.ToBotFromChannelOpenIdMetadataUrl), options.ToBotFromChannelOpenIdMetadataUrl, failures);
        ValidateUrl(nameof(options.ToBotFromEmulatorOpenIdMetadataUrl), options.ToBotFromEmulatorOpenIdMetadataUrl, failures);
        ValidateLoginUrl(options.ToChannelFromBotLoginUrl, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateCredentials(BotFrameworkAuthenticationOptions options, List<string> failures)
    {
        var hasAppId = !string.IsNullOrWhiteSpace(options.MicrosoftAppId);
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        var appType = options.MicrosoftAppType;

        switch (appType)
        {
            case MicrosoftAppType.UserAssignedMsi:
                Require(hasAppId, "MicrosoftAppId (the managed identity's client id) is required for UserAssignedMSI.");
                Require(hasTenant, "MicrosoftAppTenantId is required for UserAssignedMSI.");
                Require(!hasPassword, "MicrosoftAppPassword must not be set for UserAssignedMSI.");
                break;
            case MicrosoftAppType.SingleTenant:
                Require(hasAppId, "MicrosoftAppId is required for SingleTenant.");
                Require(hasTenant, "MicrosoftAppTenantId is required for SingleTenant.");
                Require(hasPassword || !hasAppId, "MicrosoftAppPassword is required for SingleTenant.");
                break;
            case MicrosoftAppType.MultiTenant:
                Require(hasPassword || !hasAppId, "MicrosoftAppPassword is required when MicrosoftAppId is set.");
                Require(hasAppId || !hasPassword,
                    "MicrosoftAppPassword is set but MicrosoftAppId is empty, which would turn authentication off.");
                break;
            default:
                failures.Add($"MicrosoftAppType '{appType}' is not one of MultiTenant, SingleTenant, UserAssignedMSI.");
                break;
        }

        void Require(bool condition, string failure)
        {
            if (!condition)
            {
                failures.Add(failure);
            }
        }
    }

    /// <summary>
    /// MSAL takes only an https authority, loopback included, and says so on the first token request, that is on every
    /// reply; startup is the place to say it once.
    /// </summary>
    private static void ValidateLoginUrl(string? value, List<string> failures)
    {
        if (!string.IsNullOrWhiteSpace(value)
            && !(Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
        {
            failures.Add("ToChannelFromBotLoginUrl must be an absolute https URL (tokens are requested only from an https authority, loopback included).");
        }
    }

    private static void ValidateUrl(string key, string? value, List<string> failures)
    {
        if (!string.IsNullOrWhiteSpace(value) && !TransportSecurity.IsHttpsOrLoopback(value.Trim()))
        {
            failures.Add($"{key} must be an absolute https URL (plain http is allowed only for loopback hosts).");
        }
    }
}
