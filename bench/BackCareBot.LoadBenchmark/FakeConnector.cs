using System.Collections.Concurrent;
using System.Text.Json;

namespace BackCareBot.LoadBenchmark;

/// <summary>
/// The channel's Bot Connector for normal delivery: a Kestrel endpoint in this process that takes the replies a
/// server posts to its <c>serviceUrl</c> and notes which activity each one answers, so a turn only counts when its
/// reply really arrived. Replies to <c>expectReplies</c> turns must never come here; they are counted as strays.
/// </summary>
internal sealed class FakeConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, byte> _answered = new(StringComparer.Ordinal);
    private long _received;

    private FakeConnector(WebApplication app, Uri serviceUrl)
    {
        _app = app;
        ServiceUrl = serviceUrl;
    }

    public Uri ServiceUrl { get; }

    /// <summary>Replies received since the last <see cref="Reset"/>.</summary>
    public long Received => Interlocked.Read(ref _received);

    public static async Task<FakeConnector> StartAsync(CancellationToken cancellationToken)
    {
        var port = ServerProcess.FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var connector = new FakeConnector(app, new Uri($"http://127.0.0.1:{port}/"));
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", (string activityId) => connector.Take(activityId));
        app.MapPost("/v3/conversations/{conversationId}/activities", connector.TakeSentAsync);
        await app.StartAsync(cancellationToken);
        return connector;
    }

    /// <summary>True once per turn whose reply has arrived.</summary>
    public bool TryTakeReplyTo(string activityId) => _answered.TryRemove(activityId, out _);

    public void Reset()
    {
        _answered.Clear();
        Interlocked.Exchange(ref _received, 0);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Take(string replyToId)
    {
        var number = Interlocked.Increment(ref _received);
        _answered.TryAdd(replyToId, 0);
        return Results.Json(new ResourceResponse($"reply-{number}"), FakeConnectorJsonContext.Default.ResourceResponse);
    }

    // Sent to the conversation rather than as a reply: the activity names what it answers, if anything.
    private async Task<IResult> TakeSentAsync(HttpRequest request)
    {
        using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
        var replyToId = body.RootElement.TryGetProperty("replyToId", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : string.Empty;
        return Take(replyToId);
    }
}
