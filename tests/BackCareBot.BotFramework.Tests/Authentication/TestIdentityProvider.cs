using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackCareBot.BotFramework.Tests.Authentication;

/// <summary>
/// A real HTTP identity provider on 127.0.0.1 serving two realms as the Bot Connector and Entra ID do: OpenID
/// metadata pointing at a JWKS. Keys can be swapped while it runs (rotation) and fetches are counted.
/// </summary>
internal sealed class TestIdentityProvider : IAsyncDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";

    private readonly WebApplication _app;
    private readonly Dictionary<string, TestIdentityRealm> _realms;

    private TestIdentityProvider(WebApplication app, Dictionary<string, TestIdentityRealm> realms, string baseAddress)
    {
        _app = app;
        _realms = realms;
        BaseAddress = baseAddress;
    }

    public string BaseAddress { get; }

    public string ChannelMetadataUrl => $"{BaseAddress}/channel/.well-known/openidconfiguration";

    public string EmulatorMetadataUrl => $"{BaseAddress}/emulator/v2.0/.well-known/openid-configuration";

    public TestIdentityRealm Channel => _realms["channel"];

    public TestIdentityRealm Emulator => _realms["emulator"];

    public static async Task<TestIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var realms = new Dictionary<string, TestIdentityRealm>
        {
            ["channel"] = new TestIdentityRealm(ChannelIssuer),
            ["emulator"] = new TestIdentityRealm("https://login.microsoftonline.com/{tenantid}/v2.0"),
        };

        app.MapGet("/channel/.well-known/openidconfiguration", (HttpContext context) => realms["channel"].Metadata(Origin(context), "channel"));
        app.MapGet("/emulator/v2.0/.well-known/openid-configuration", (HttpContext context) => realms["emulator"].Metadata(Origin(context), "emulator"));
        app.MapGet("/{realm}/keys", (string realm) => realms[realm].KeySet());

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestIdentityProvider(app, realms, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static string Origin(HttpContext context) => $"{context.Request.Scheme}://{context.Request.Host}";
}
