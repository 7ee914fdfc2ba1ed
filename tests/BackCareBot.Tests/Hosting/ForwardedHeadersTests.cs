using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using BackCareBot.Tests.Support;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackCareBot.Tests.Hosting;

/// <summary>
/// Forwarded headers over real sockets: the bot listens on 127.0.0.1 and the requests come from other loopback
/// addresses (127.0.0.2, the known proxy; 127.0.0.3, anyone else), so the bot sees two different peers.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private static readonly IPAddress Proxy = IPAddress.Parse("127.0.0.2");
    private static readonly IPAddress Stranger = IPAddress.Parse("127.0.0.3");

    [Fact]
    public async Task FromAKnownProxy_TheStreamUrlIsWssBehindTls()
    {
        await using var bot = StartBot();
        using var client = ClientFrom(bot, Proxy);

        var streamUrl = await StartConversationAsync(client, forwardedFor: "203.0.113.7");

        Assert.StartsWith("wss://", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromAnyoneElse_TheForwardedSchemeIsIgnored()
    {
        await using var bot = StartBot();
        using var client = ClientFrom(bot, Stranger);

        var streamUrl = await StartConversationAsync(client, forwardedFor: "203.0.113.7");

        Assert.StartsWith("ws://", streamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FromAKnownProxy_TheTokenRateLimitKeysOnEachClient()
    {
        await using var bot = StartBot();
        using var client = ClientFrom(bot, Proxy);

        var statuses = new List<HttpStatusCode>();
        foreach (var forwardedFor in (string[])["203.0.113.1", "203.0.113.1", "203.0.113.1", "203.0.113.2"])
        {
            statuses.Add(await PostTokenAsync(client, forwardedFor));
        }

        // The first client spent its two tokens; the second, behind the same proxy, still has its own.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task FromAnyoneElse_TheRateLimitKeysOnThePeerWhateverItClaims()
    {
        await using var bot = StartBot();
        using var client = ClientFrom(bot, Stranger);

        var statuses = new List<HttpStatusCode>();
        foreach (var forwardedFor in (string[])["203.0.113.1", "203.0.113.2", "203.0.113.3"])
        {
            statuses.Add(await PostTokenAsync(client, forwardedFor));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task ThroughTheProxy_OnlyTheAddressItAppendedCounts()
    {
        await using var bot = StartBot();
        using var client = ClientFrom(bot, Proxy);

        // A client wrote its own X-Forwarded-For; the proxy appended the address it saw. Each spoofed value is new,
        // the real client is the same: the limit holds.
        var statuses = new List<HttpStatusCode>();
        foreach (var spoofed in (string[])["198.51.100.1", "198.51.100.2", "198.51.100.3"])
        {
            statuses.Add(await PostTokenAsync(client, $"{spoofed}, 203.0.113.9"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task WithTheFrameworksOwnSwitchOnToo_TheHeadersAreReadOnce()
    {
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED, as a platform may set it, with every address known (as on App Service):
        // read twice, the second pass would take the client's own entries as its address.
        await using var bot = new BackCareHostFactory(new Dictionary<string, string?>
        {
            ["FORWARDEDHEADERS_ENABLED"] = "true",
            ["ForwardedHeaders:KnownNetworks:0"] = "0.0.0.0/0",
            ["DirectLine:TokenRequestsPerMinute"] = "2",
        });
        bot.StartServer();
        using var client = ClientFrom(bot, Proxy);

        var statuses = new List<HttpStatusCode>();
        foreach (var spoofed in (string[])["198.51.100.1", "198.51.100.2", "198.51.100.3"])
        {
            statuses.Add(await PostTokenAsync(client, $"{spoofed}, 203.0.113.9"));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies:0", "not-an-address")]
    [InlineData("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/99")]
    public void AMalformedProxyOrNetwork_StopsTheStart(string key, string value)
    {
        using var bot = new BackCareHostFactory(new Dictionary<string, string?> { [key] = value });

        var failure = Assert.Throws<OptionsValidationException>(() => bot.StartServer());

        Assert.Contains(key[..key.LastIndexOf(':')], failure.Message, StringComparison.Ordinal);
    }

    private static BackCareHostFactory StartBot()
    {
        var bot = new BackCareHostFactory(new Dictionary<string, string?>
        {
            ["ForwardedHeaders:KnownProxies:0"] = Proxy.ToString(),
            ["DirectLine:TokenRequestsPerMinute"] = "2",
        });
        bot.StartServer();
        return bot;
    }

    /// <summary>A client whose connections leave from <paramref name="from"/>, a loopback address of its own.</summary>
    private static HttpClient ClientFrom(BackCareHostFactory bot, IPAddress from)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(from, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = ListeningAddress(bot) };
    }

    /// <summary>Where Kestrel listens (127.0.0.1 and the port it picked).</summary>
    private static Uri ListeningAddress(BackCareHostFactory bot) =>
        new(bot.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());

    private static async Task<HttpStatusCode> PostTokenAsync(HttpClient client, string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private static async Task<string> StartConversationAsync(HttpClient client, string forwardedFor)
    {
        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        using var tokenResponse = await client.SendAsync(tokenRequest);
        var token = (string)JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!["token"]!;

        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations")
        {
            Content = new StringContent("{}", Encoding.UTF8, "application/json"),
        };
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        start.Headers.Add("X-Forwarded-For", forwardedFor);
        start.Headers.Add("X-Forwarded-Proto", "https");
        using var started = await client.SendAsync(start);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (string)JsonNode.Parse(await started.Content.ReadAsStringAsync())!["streamUrl"]!;
    }
}
