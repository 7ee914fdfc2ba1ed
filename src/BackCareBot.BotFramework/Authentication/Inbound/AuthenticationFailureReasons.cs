namespace BackCareBot.BotFramework.Authentication.Inbound;

/// <summary>Log-safe reasons for refusing a request: they name the check that failed, never token contents.</summary>
internal static class AuthenticationFailureReasons
{
    public const string MissingAuthorizationHeader = "missing authorization header";
    public const string MalformedAuthorizationHeader = "malformed authorization header (expected 'Bearer <token>')";
    public const string AuthenticationOff = "authorization header sent while authentication is off (no MicrosoftAppId to check the audience against)";
    public const string MalformedToken = "malformed token";
    public const string MissingKeyId = "token has no key id";
    public const string UnknownSigningKey = "unknown signing key";
    public const string BadSignature = "bad signature";
    public const string AlgorithmNotAllowed = "signing algorithm not allowed";
    public const string InvalidSigningKey = "signing key not valid";
    public const string BadIssuer = "bad issuer";
    public const string BadAudience = "bad audience";
    public const string Expired = "expired";
    public const string NotYetValid = "not yet valid";
    public const string NoExpiry = "token has no expiry";
    public const string InvalidLifetime = "invalid token lifetime";
    public const string MissingEndorsement = "missing endorsement for the channel";
    public const string MissingServiceUrlClaim = "missing serviceurl claim";
    public const string ServiceUrlMismatch = "serviceurl claim does not match the activity";
    public const string MissingVersionClaim = "missing ver claim";
    public const string UnknownTokenVersion = "unknown token version";
    public const string MissingAppIdClaim = "missing appid claim";
    public const string MissingAuthorizedPartyClaim = "missing azp claim";
    public const string BadAppId = "token was issued to another app";
    public const string TokenRejected = "token rejected";
}
