using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BackCareBot.BotFramework.Tests.Authentication;

/// <summary>
/// A token to mint, by default a valid Bot Connector token for <see cref="AppId"/> at <see cref="Start"/>; tests
/// change one thing with <c>with</c>.
/// </summary>
internal sealed record TestToken
{
    public const string AppId = "0b6f8a9e-6c1d-4a57-9d8e-1f2a3b4c5d6e";
    public const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    public static readonly DateTimeOffset Start = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);

    public required TestSigningKey Key { get; init; }

    public string Issuer { get; init; } = TestIdentityProvider.ChannelIssuer;

    public string Audience { get; init; } = AppId;

    public DateTimeOffset NotBefore { get; init; } = Start.AddMinutes(-5);

    public DateTimeOffset Expires { get; init; } = Start.AddMinutes(55);

    public string Algorithm { get; init; } = SecurityAlgorithms.RsaSha256;

    public bool WithoutKeyId { get; init; }

    public IReadOnlyDictionary<string, object> Claims { get; init; } = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl };

    /// <summary>An Entra ID token as the Emulator gets one with the bot's credentials.</summary>
    public static TestToken Emulator(TestSigningKey key, string version, string issuer, string client = AppId, string? tenantId = null)
    {
        var claims = new Dictionary<string, object> { ["ver"] = version, [version == "2.0" ? "azp" : "appid"] = client };
        if (tenantId is not null)
        {
            claims["tid"] = tenantId;
        }

        return new TestToken { Key = key, Issuer = issuer, Claims = claims };
    }

    public TestToken WithClaim(string name, object? value)
    {
        var claims = new Dictionary<string, object>(Claims);
        if (value is null)
        {
            claims.Remove(name);
        }
        else
        {
            claims[name] = value;
        }

        return this with { Claims = claims };
    }

    /// <summary>The same token issued at <paramref name="now"/> instead of <see cref="Start"/>.</summary>
    public TestToken IssuedAt(DateTimeOffset now) => this with { NotBefore = now.AddMinutes(-5), Expires = now.AddMinutes(55) };

    public string Mint()
    {
        var credentials = WithoutKeyId
            ? new SigningCredentials(new RsaSecurityKey(Key.Rsa), Algorithm)
            : Key.Credentials(Algorithm);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = NotBefore.UtcDateTime,
            NotBefore = NotBefore.UtcDateTime,
            Expires = Expires.UtcDateTime,
            Claims = Claims.ToDictionary(),
            SigningCredentials = credentials,
        });
    }

    public string AsHeader() => "Bearer " + Mint();
}
