using System.Text.Json.Nodes;
using BackCareBot.BotFramework.Authentication.Inbound;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BackCareBot.BotFramework.Tests.Authentication.Inbound;

public sealed class SigningKeySetTests
{
    private readonly TestSigningKey _key = TestSigningKey.Create("k1", 0, "msteams");

    [Fact]
    public void Endorsements_AreReadFromTheRawKeyDocument()
    {
        var keys = Build(_key.ToJwk());

        Assert.True(keys.Contains("k1"));
        Assert.True(keys.TryGetEndorsements("k1", out var endorsements));
        Assert.Equal(["msteams"], endorsements);
    }

    [Fact]
    public void KeyWithoutEndorsementsMember_HasNoEndorsements()
    {
        var jwk = _key.WithKeyId("bare").ToJwk();
        jwk.Remove("endorsements");

        var keys = Build(jwk);

        Assert.True(keys.Contains("bare"));
        Assert.False(keys.TryGetEndorsements("bare", out _));
    }

    [Fact]
    public void NonStringEndorsements_AreIgnored()
    {
        var jwk = _key.ToJwk();
        jwk["endorsements"] = new JsonArray("webchat", 42, null, new JsonObject());

        Assert.True(Build(jwk).TryGetEndorsements("k1", out var endorsements));
        Assert.Equal(["webchat"], endorsements);
    }

    [Fact]
    public void RepeatedKeyId_KeepsTheFirstKeysEndorsements()
    {
        var second = _key.ToJwk();
        second["endorsements"] = new JsonArray("slack");

        Assert.True(Build(_key.ToJwk(), second).TryGetEndorsements("k1", out var endorsements));
        Assert.Equal(["msteams"], endorsements);
    }

    [Fact]
    public void EncryptionKeys_AreNotSigningKeys()
    {
        var jwk = _key.WithKeyId("enc").ToJwk();
        jwk["use"] = "enc";

        Assert.False(Build(jwk).Contains("enc"));
    }

    private static SigningKeySet Build(params JsonObject[] keys)
    {
        var keySet = new JsonWebKeySet(new JsonObject { ["keys"] = new JsonArray(keys) }.ToJsonString());
        var configuration = new OpenIdConnectConfiguration { JsonWebKeySet = keySet };
        foreach (var key in keySet.GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        return SigningKeySet.From(configuration);
    }
}
