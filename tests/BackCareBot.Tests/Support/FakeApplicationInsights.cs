using System.Collections.Concurrent;
using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Tests.Support;

/// <summary>
/// Application Insights' ingestion endpoint, which cannot be reached from here, on a real Kestrel socket on
/// 127.0.0.1: keeps every telemetry item the Azure Monitor exporter sends (<c>POST /v2.1/track</c>, gzip, one JSON
/// item a line) and accepts them all.
/// </summary>
public sealed class FakeApplicationInsights : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _items = new();

    private FakeApplicationInsights(WebApplication app)
    {
        _app = app;
        _app.MapPost("/v2.1/track", TrackAsync);
    }

    /// <summary>A connection string whose ingestion endpoint is this fake.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    /// <summary>Each item as the exporter sent it: one JSON object (Request, RemoteDependency, Message, Metric...).</summary>
    public IReadOnlyList<string> Items => [.. _items];

    public static async Task<FakeApplicationInsights> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var fake = new FakeApplicationInsights(builder.Build());
        await fake._app.StartAsync();
        fake.ConnectionString = $"InstrumentationKey=00000000-0000-0000-0000-0000000000b1;IngestionEndpoint={fake._app.Urls.Single().TrimEnd('/')}/";
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> TrackAsync(HttpRequest request)
    {
        Stream body = request.Body;
        if (request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            body = new GZipStream(request.Body, CompressionMode.Decompress);
        }

        using var reader = new StreamReader(body);
        var count = 0;
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.Length > 0)
            {
                _items.Enqueue(line);
                count++;
            }
        }

        return Results.Json(new { itemsReceived = count, itemsAccepted = count, errors = Array.Empty<object>() });
    }
}
