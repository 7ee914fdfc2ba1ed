using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace BackCareBot.BotFramework.Tests.Authentication;

/// <summary>One issuer's metadata and key set; keys can be swapped while the server runs.</summary>
internal sealed class TestIdentityRealm(string issuer)
{
    private volatile TestSigningKey[] _keys = [];
    private int _keySetFetches;

    public int KeySetFetches => Volatile.Read(ref _keySetFetches);

    /// <summary>Overrides the jwks_uri the metadata advertises.</summary>
    public string? JwksUri { get; set; }

    public void Publish(params TestSigningKey[] keys) => _keys = keys;

    public IResult Metadata(string origin, string realm) => Results.Text(
        new JsonObject
        {
            ["issuer"] = issuer,
            ["jwks_uri"] = JwksUri ?? $"{origin}/{realm}/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        }.ToJsonString(),
        "application/json");

    public IResult KeySet()
    {
        Interlocked.Increment(ref _keySetFetches);
        var keys = new JsonArray([.. _keys.Select(key => key.ToJwk())]);
        return Results.Text(new JsonObject { ["keys"] = keys }.ToJsonString(), "application/json");
    }
}
