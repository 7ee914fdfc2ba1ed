using BackCareBot.BotFramework.Schema;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BackCareBot.BotFramework.Authentication.Inbound;

/// <summary>
/// Tokens from the Bot Connector service (SDK ChannelValidation): issuer <c>https://api.botframework.com</c>,
/// audience = the bot's app id, a signing key endorsed for the activity's channel, and a <c>serviceurl</c> claim
/// equal to the activity's serviceUrl.
/// </summary>
/// <remarks>
/// Stricter than the SDK in one way: the SDK skips the endorsement check when the signing key lists no endorsements
/// at all; here such a key cannot vouch for any channel. Bot Connector keys always carry them.
/// </remarks>
internal sealed class ChannelTokenValidator(
    SignedTokenValidator signedTokens,
    SigningKeyCaches keySources,
    BotFrameworkAuthenticationOptions options)
{
    private const string ServiceUrlClaim = "serviceurl";

    private readonly string[] _issuers = [options.ChannelTokenIssuer];

    public async Task<ChannelAuthenticationResult> ValidateAsync(
        JsonWebToken token,
        string? channelId,
        string? serviceUrl,
        CancellationToken cancellationToken)
    {
        var check = await signedTokens.ValidateAsync(
            token, keySources.Channel, _issuers, options.MicrosoftAppId!, validateSigningKey: true, cancellationToken)
            .ConfigureAwait(false);
        if (!check.Succeeded)
        {
            return ChannelAuthenticationResult.Failure(check.FailureReason);
        }

        if (!string.IsNullOrEmpty(channelId)
            && !(check.Keys.TryGetEndorsements(token.Kid, out var endorsements) && endorsements.Contains(channelId)))
        {
            return ChannelAuthenticationResult.Failure(AuthenticationFailureReasons.MissingEndorsement);
        }

        if (serviceUrl is not null)
        {
            if (!token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed) || string.IsNullOrWhiteSpace(claimed))
            {
                return ChannelAuthenticationResult.Failure(AuthenticationFailureReasons.MissingServiceUrlClaim);
            }

            if (!string.Equals(claimed, serviceUrl, StringComparison.OrdinalIgnoreCase))
            {
                return ChannelAuthenticationResult.Failure(AuthenticationFailureReasons.ServiceUrlMismatch);
            }
        }

        return ChannelAuthenticationResult.Success(check.Identity, CallerIds.PublicAzureChannel);
    }
}
