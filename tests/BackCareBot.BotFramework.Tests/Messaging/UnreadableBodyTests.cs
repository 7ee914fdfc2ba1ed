using BackCareBot.BotFramework.Tests.Fakes;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BackCareBot.BotFramework.Tests.Messaging;

/// <summary>
/// A body the client does not finish sending is the client's doing: the endpoint answers 400 and writes a debug line,
/// not an error with a 500 (the audit found it logged as an unexpected failure).
/// </summary>
public sealed class UnreadableBodyTests
{
    private const string BodyStart = """{"type":"message","text":"my back""";

    [Fact]
    public async Task ABodyThatStopsShortOfItsLength_Is400WithADebugLineAndNoError()
    {
        await using var host = await BotHost.StartAsync(new EchoBot());

        var status = await RawHttpRequest.PostPartialBodyAsync(host.Client.BaseAddress!, "/api/messages", 500, BodyStart, TimeSpan.FromMilliseconds(50));

        // Kestrel resets a connection whose client closed its side, so the client may not see the answer it got.
        Assert.True(status is 400 or null, $"HTTP {status}");
        await AssertTreatedAsTheClientsFaultAsync(host, clientGone: true);
    }

    [Fact]
    public async Task ABodySlowerThanTheServersMinimumRate_Is400WithADebugLineAndNoError()
    {
        await using var host = await BotHost.StartAsync(new EchoBot(), configureServices: services =>
            services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(100, TimeSpan.FromSeconds(1.5))));

        var status = await RawHttpRequest.PostPartialBodyAsync(host.Client.BaseAddress!, "/api/messages", 500, BodyStart, TimeSpan.Zero, closeAfter: false);

        Assert.True(status is 400 or null, $"HTTP {status}");
        await AssertTreatedAsTheClientsFaultAsync(host);
    }

    /// <summary>400 with a debug line, never an error or a 500.</summary>
    private static async Task AssertTreatedAsTheClientsFaultAsync(BotHost host, bool clientGone = false)
    {
        for (var waited = 0; waited < 50 && !host.Logs.GetSnapshot().Any(IsRequestFinished); waited++)
        {
            await Task.Delay(100);
        }

        var records = host.Logs.GetSnapshot();
        Assert.DoesNotContain(records, record => record.Level >= LogLevel.Error);
        Assert.DoesNotContain(records, record => record.Message.Contains("my back", StringComparison.Ordinal));
        var finished = Assert.Single(records, IsRequestFinished);
        var status = Assert.Single(finished.StructuredState!, pair => pair.Key == "StatusCode").Value;
        var debugLines = records.Where(record => record.Id.Id == 1007).ToList();
        if (clientGone && status == "499")
        {
            // The connection was gone first: ASP.NET Core records 499, and the request either ended quietly (its abort
            // token fired before the read failed) or was answered 400 with the debug line, which nobody received.
            Assert.True(debugLines.Count <= 1);
            return;
        }

        Assert.Equal("400", status);
        Assert.Equal(LogLevel.Debug, Assert.Single(debugLines).Level);
    }

    /// <summary>ASP.NET Core's "request finished" line for the partial POST; the server may still be finishing it when the client has its answer.</summary>
    private static bool IsRequestFinished(Microsoft.Extensions.Logging.Testing.FakeLogRecord record) =>
        record.Category == "Microsoft.AspNetCore.Hosting.Diagnostics" && record.Id.Id == 2 && record.Message.Contains("/api/messages -", StringComparison.Ordinal);
}
