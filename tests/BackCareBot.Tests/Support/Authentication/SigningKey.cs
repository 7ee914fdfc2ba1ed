using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace BackCareBot.Tests.Support.Authentication;

/// <summary>An RSA key pair that signs test tokens, published as a JWK with the Bot Framework's channel endorsements.</summary>
public sealed class SigningKey
{
    private SigningKey(string keyId, RSA rsa, IReadOnlyList<string>? endorsements)
    {
        KeyId = keyId;
        Rsa = rsa;
        Endorsements = endorsements;
    }

    public string KeyId { get; }

    public RSA Rsa { get; }

    /// <summary>Null publishes the key without an <c>endorsements</c> member.</summary>
    public IReadOnlyList<string>? Endorsements { get; }

    public static SigningKey Create(string keyId, params string[]? endorsements) => new(keyId, RSA.Create(2048), endorsements);

    /// <summary>The same key pair under another key id: signs a forgery that claims a published key.</summary>
    public SigningKey WithKeyId(string keyId) => new(keyId, Rsa, Endorsements);

    public SigningCredentials Credentials() => new(new RsaSecurityKey(Rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256);

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
