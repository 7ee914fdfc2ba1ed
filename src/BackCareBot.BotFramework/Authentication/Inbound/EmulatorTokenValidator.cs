using BackCareBot.BotFramework.Schema;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BackCareBot.BotFramework.Authentication.Inbound;

/// <summary>
/// Entra ID tokens the Emulator obtains with the bot's own credentials (SDK EmulatorValidation): one of the
/// <see cref="EmulatorIssuers"/>, audience = the bot's app id, and the bot's app id as the client: in <c>appid</c>
/// for v1.0 tokens, in <c>azp</c> for v2.0. Entra ID keys carry no endorsements, so none are checked.
/// </summary>
/// <remarks>
/// The SDK leaves the audience unchecked here, but sends any token whose audience differs from its client to skill
/// validation, which refuses it without a claims validator; requiring audience = app id accepts the same tokens.
/// Like the SDK, a successful Emulator token gets the same callerId as a channel token.
/// </remarks>
internal sealed class EmulatorTokenValidator(
    SignedTokenValidator signedTokens,
    SigningKeyCaches keySources,
    EmulatorIssuers issuers,
    BotFrameworkAuthenticationOptions options)
{
    public async Task<ChannelAuthenticationResult> ValidateAsync(JsonWebToken token, CancellationToken cancellationToken)
    {
        var appId = options.MicrosoftAppId!;
        var check = await signedTokens.ValidateAsync(
            token, keySources.Emulator, issuers.For(token), appId, validateSigningKey: false, cancellationToken)
            .ConfigureAwait(false);
        if (!check.Succeeded)
        {
            return ChannelAuthenticationResult.Failure(check.FailureReason);
        }

        if (!token.TryGetPayloadValue<string>("ver", out var version))
        {
            return ChannelAuthenticationResult.Failure(AuthenticationFailureReasons.MissingVersionClaim);
        }

        var (clientClaim, missingReason) = version switch
        {
            _ when string.IsNullOrWhiteSpace(version) || version == "1.0" => ("appid", AuthenticationFailureReasons.MissingAppIdClaim),
            "2.0" => ("azp", AuthenticationFailureReasons.MissingAuthorizedPartyClaim),
            _ => (null, AuthenticationFailureReasons.UnknownTokenVersion),
        };
        if (clientClaim is null || !token.TryGetPayloadValue<string>(clientClaim, out var client))
        {
            return ChannelAuthenticationResult.Failure(missingReason);
        }

        return string.Equals(client, appId, StringComparison.Ordinal)
            ? ChannelAuthenticationResult.Success(check.Identity, CallerIds.PublicAzureChannel)
            : ChannelAuthenticationResult.Failure(AuthenticationFailureReasons.BadAppId);
    }
}
