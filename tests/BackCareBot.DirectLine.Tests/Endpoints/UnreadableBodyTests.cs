using BackCareBot.DirectLine.Tests.Support;
using BackCareBot.Testing;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace BackCareBot.DirectLine.Tests.Endpoints;

/// <summary>A body the client does not finish sending is a 400 and a debug line, not an error with a 500.</summary>
public sealed class UnreadableBodyTests
{
    private const string BodyStart = """{"type":"message","text":"my back""";

    [Fact]
    public async Task AnActivityBodyThatStopsShort_Is400WithADebugLineAndNoError()
    {
        await using var host = await DirectLineHost.StartAsync(Settings());
        var conversation = await host.Client.StartNewAsync();

        var status = await RawHttpRequest.PostPartialBodyAsync(
            host.BaseAddress, $"/v3/directline/conversations/{conversation.ConversationId}/activities", 500, BodyStart,
            TimeSpan.FromMilliseconds(50), authorization: $"Bearer {conversation.Token}");

        // Kestrel resets a connection whose client closed its side, so the client may not see the answer it got.
        Assert.True(status is 400 or null, $"HTTP {status}");
        await AssertTreatedAsTheClientsFaultAsync(host, clientGone: true);
    }

    [Fact]
    public async Task AnActivityBodySlowerThanTheServersMinimumRate_Is400WithADebugLineAndNoError()
    {
        await using var host = await DirectLineHost.StartAsync(Settings(kestrel => kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(100, TimeSpan.FromSeconds(1.5))));
        var conversation = await host.Client.StartNewAsync();

        var status = await RawHttpRequest.PostPartialBodyAsync(
            host.BaseAddress, $"/v3/directline/conversations/{conversation.ConversationId}/activities", 500, BodyStart,
            TimeSpan.Zero, closeAfter: false, authorization: $"Bearer {conversation.Token}");

        Assert.True(status is 400 or null, $"HTTP {status}");
        await AssertTreatedAsTheClientsFaultAsync(host);
    }

    /// <summary>Debug lines kept whatever the output folder's appsettings.json says.</summary>
    private static DirectLineHostSettings Settings(Action<KestrelServerOptions>? kestrel = null)
    {
        var settings = new DirectLineHostSettings { Kestrel = kestrel };
        settings.Configuration["Logging:LogLevel:Default"] = "Trace";
        settings.Configuration["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
        return settings;
    }

    /// <summary>400 with a debug line, never an error or a 500.</summary>
    private static async Task AssertTreatedAsTheClientsFaultAsync(DirectLineHost host, bool clientGone = false)
    {
        for (var waited = 0; waited < 100 && !host.Logs.GetSnapshot().Any(IsRequestFinished); waited++)
        {
            await Task.Delay(100);
        }

        var records = host.Logs.GetSnapshot();
        Assert.DoesNotContain(records, record => record.Level >= LogLevel.Error);
        Assert.DoesNotContain(records, record => record.Message.Contains("my back", StringComparison.Ordinal));
        var finished = Assert.Single(records, IsRequestFinished);
        var status = Assert.Single(finished.StructuredState!, pair => pair.Key == "StatusCode").Value;
        var debugLines = records.Where(record => record.Id.Id == 3012).ToList();
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
        record.Category == "Microsoft.AspNetCore.Hosting.Diagnostics" && record.Id.Id == 2 && record.Message.Contains("/activities -", StringComparison.Ordinal);
}
