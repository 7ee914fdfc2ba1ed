using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BackCareBot.Tests.Support.Authentication;

/// <summary>
/// A Bot Connector token to mint, valid by default for <see cref="AppId"/> and <see cref="ServiceUrl"/> right now;
/// tests change one thing with <c>with</c>.
/// </summary>
public sealed record ChannelToken
{
    public const string AppId = "0b6f8a9e-6c1d-4a57-9d8e-1f2a3b4c5d6e";
    public const string Issuer = "https://api.botframework.com";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    public required TestSigningKey Key { get; init; }

    public string TokenIssuer { get; init; } = Issuer;

    public string Audience { get; init; } = AppId;

    public string? ServiceUrlClaim { get; init; } = ServiceUrl;

    public DateTimeOffset NotBefore { get; init; } = DateTimeOffset.UtcNow.AddMinutes(-5);

    public DateTimeOffset Expires { get; init; } = DateTimeOffset.UtcNow.AddMinutes(55);

    public string Mint()
    {
        var claims = new Dictionary<string, object>();
        if (ServiceUrlClaim is not null)
        {
            claims["serviceurl"] = ServiceUrlClaim;
        }

        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = TokenIssuer,
            Audience = Audience,
            IssuedAt = NotBefore.UtcDateTime,
            NotBefore = NotBefore.UtcDateTime,
            Expires = Expires.UtcDateTime,
            Claims = claims,
            SigningCredentials = Key.Credentials(),
        });
    }

    public string AsHeader() => "Bearer " + Mint();
}
