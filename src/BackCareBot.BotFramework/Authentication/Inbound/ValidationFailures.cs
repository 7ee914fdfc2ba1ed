using Microsoft.IdentityModel.Tokens;

namespace BackCareBot.BotFramework.Authentication.Inbound;

/// <summary>
/// Turns Microsoft.IdentityModel's validation exceptions into log-safe reasons; their messages can quote token
/// contents, so they are never passed on.
/// </summary>
internal static class ValidationFailures
{
    public static string ReasonFor(Exception? exception) => exception switch
    {
        // Order matters: key-not-found derives from invalid-signature.
        SecurityTokenSignatureKeyNotFoundException => AuthenticationFailureReasons.UnknownSigningKey,
        SecurityTokenInvalidAlgorithmException => AuthenticationFailureReasons.AlgorithmNotAllowed,
        SecurityTokenInvalidSignatureException => AuthenticationFailureReasons.BadSignature,
        SecurityTokenInvalidSigningKeyException => AuthenticationFailureReasons.InvalidSigningKey,
        SecurityTokenInvalidIssuerException => AuthenticationFailureReasons.BadIssuer,
        SecurityTokenInvalidAudienceException => AuthenticationFailureReasons.BadAudience,
        SecurityTokenExpiredException => AuthenticationFailureReasons.Expired,
        SecurityTokenNotYetValidException => AuthenticationFailureReasons.NotYetValid,
        SecurityTokenNoExpirationException => AuthenticationFailureReasons.NoExpiry,
        SecurityTokenInvalidLifetimeException => AuthenticationFailureReasons.InvalidLifetime,
        SecurityTokenMalformedException or ArgumentException => AuthenticationFailureReasons.MalformedToken,
        _ => AuthenticationFailureReasons.TokenRejected,
    };
}
