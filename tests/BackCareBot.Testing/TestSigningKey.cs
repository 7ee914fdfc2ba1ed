using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace BackCareBot.Testing;

/// <summary>An RSA key pair that signs test tokens, published in a JWKS with optional Bot Framework endorsements.</summary>
public sealed class TestSigningKey
{
    private static readonly Lazy<RSA[]> Pool = new(() => [.. Enumerable.Range(0, 5).Select(_ => RSA.Create(2048))]);

    private TestSigningKey(string keyId, RSA rsa, IReadOnlyList<string>? endorsements)
    {
        KeyId = keyId;
        Rsa = rsa;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public RSA Rsa { get; }

    /// <summary>Null publishes the key without an <c>endorsements</c> member (as Entra ID does).</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    /// <summary>Keys are generated once per test run and reused under different ids: RSA generation is slow.</summary>
    public static TestSigningKey Create(string keyId, int poolIndex, params string[]? endorsements) =>
        new(keyId, Pool.Value[poolIndex], endorsements);

    public TestSigningKey WithKeyId(string keyId) => new(keyId, Rsa, Endorsements);

    public SigningCredentials Credentials(string algorithm = SecurityAlgorithms.RsaSha256) =>
        new(new RsaSecurityKey(Rsa) { KeyId = KeyId }, algorithm);

    public JsonObject ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = new JsonArray([.. Endorsements.Select(channel => JsonValue.Create(channel))]);
        }

        return jwk;
    }
}
