using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Tests.Support.Authentication;

/// <summary>
/// The Bot Connector's OpenID endpoints on a real Kestrel socket on 127.0.0.1: metadata naming the issuer and a
/// JWKS whose keys carry the channels they are endorsed for.
/// </summary>
public sealed class TestIdentityProvider : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestIdentityProvider(WebApplication app, IReadOnlyList<TestSigningKey> published)
    {
        _app = app;
        _app.MapGet("/v1/.well-known/openidconfiguration", (HttpContext context) => Results.Text(
            new JsonObject
            {
                ["issuer"] = ChannelToken.Issuer,
                ["jwks_uri"] = $"{context.Request.Scheme}://{context.Request.Host}/v1/.well-known/keys",
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            }.ToJsonString(),
            "application/json"));
        _app.MapGet("/v1/.well-known/keys", () => Results.Text(
            new JsonObject { ["keys"] = new JsonArray([.. published.Select(key => key.ToJwk())]) }.ToJsonString(),
            "application/json"));
    }

    /// <summary>The value for the <c>BotOpenIdMetadata</c> setting.</summary>
    public string MetadataUrl { get; private set; } = string.Empty;

    public static async Task<TestIdentityProvider> StartAsync(params TestSigningKey[] published)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var provider = new TestIdentityProvider(builder.Build(), published);
        await provider._app.StartAsync();
        provider.MetadataUrl = provider._app.Urls.Single().TrimEnd('/') + "/v1/.well-known/openidconfiguration";
        return provider;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
