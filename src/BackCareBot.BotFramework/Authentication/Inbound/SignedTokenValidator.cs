using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BackCareBot.BotFramework.Authentication.Inbound;

/// <summary>
/// Signature (RS256/384/512, by the key the token names, from the cached key set), issuer, audience and lifetime.
/// Looks a key up by id only: the key that verified the signature must be the key whose endorsements are checked.
/// </summary>
internal sealed class SignedTokenValidator(TokenLifetime lifetime)
{
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler _handler = new();

    public async Task<TokenCheckResult> ValidateAsync(
        JsonWebToken token,
        SigningKeyCache keySource,
        IEnumerable<string> validIssuers,
        string audience,
        bool validateSigningKey,
        CancellationToken cancellationToken)
    {
        // Checked up front as well as by the handler, which reports a refused algorithm as a bad signature.
        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            return TokenCheckResult.Failed(AuthenticationFailureReasons.AlgorithmNotAllowed);
        }

        if (string.IsNullOrEmpty(token.Kid))
        {
            return TokenCheckResult.Failed(AuthenticationFailureReasons.MissingKeyId);
        }

        var keys = await keySource.GetContainingAsync(token.Kid, cancellationToken).ConfigureAwait(false);
        if (!keys.Contains(token.Kid))
        {
            return TokenCheckResult.Failed(AuthenticationFailureReasons.UnknownSigningKey);
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuers = validIssuers,
            ValidAudience = audience,
            ValidAlgorithms = AllowedAlgorithms,
            IssuerSigningKeys = keys.Keys,
            TryAllIssuerSigningKeys = false,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuerSigningKey = validateSigningKey,
            ClockSkew = TokenLifetime.ClockSkew,
            LifetimeValidator = lifetime.Validate,
        };

        var result = await _handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        return result.IsValid
            ? new TokenCheckResult(result.ClaimsIdentity, keys, FailureReason: null)
            : TokenCheckResult.Failed(ValidationFailures.ReasonFor(result.Exception));
    }
}
