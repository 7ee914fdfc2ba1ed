using System.Text;
using System.Text.Json;
using BackCareBot.BotFramework.Messaging;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.Hosting;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BackCareBot.Benchmarks;

/// <summary>
/// One whole turn in process, without sockets: the request body of a Web Chat message with <c>expectReplies</c>
/// handed to the messaging endpoint's adapter, as Kestrel hands it over, and the response written to memory.
/// BackCareBot (understanding, triage, the dialog, its state, the worded replies) against a bot that answers one
/// fixed reply through the same adapter (the protocol layer alone), on the memory store and on the SQLite store.
/// The difference is BackCareBot's own work per turn, which the design puts at a few microseconds; the load
/// benchmark (bench/run-load.sh) adds HTTP and measures the same from outside.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class TurnBenchmarks : IDisposable
{
    /// <summary>Turns rotate over this many conversations, so each reads the state its previous turn left.</summary>
    private const int Conversations = 256;

    private readonly MemoryStream _response = new();
    private string _folder = "";
    private IHost _host = null!;
    private BotFrameworkHttpAdapter _adapter = null!;
    private IBot _backCareBot = null!;
    private OneReplyBot _oneReplyBot = null!;
    private byte[][] _requests = [];
    private int _next;

    [Params("Memory", "Sqlite")]
    public string Store { get; set; } = "";

    [ParamsSource(nameof(Messages))]
    public string Message { get; set; } = "";

    public static IEnumerable<string> Messages =>
    [
        "what stretches help a stiff lower back after sitting all day?",
        "how long should I hold the hamstring stretch?",
        "I get a sharp pain in my lower back when I stand up after sitting",
        "my lower back hurts and since this morning I can't control my bladder",
    ];

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "backcare-turn-bench", Guid.NewGuid().ToString("N"));
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BackCare:DialogsPath"] = Path.Combine(AppContext.BaseDirectory, "dialogs"),
            ["Storage:Provider"] = Store,
            ["Storage:SqlitePath"] = Path.Combine(_folder, "state.db"),
        });
        builder.Services.AddLogging();
        builder.AddBackCareBotTurns();
        _host = builder.Build();
        _adapter = _host.Services.GetRequiredService<BotFrameworkHttpAdapter>();
        _backCareBot = _host.Services.GetRequiredService<IBot>();
        _oneReplyBot = new OneReplyBot();
        _requests = [.. Enumerable.Range(0, Conversations).Select(conversation => Request(conversation, Message))];
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _host.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    public void Dispose()
    {
        _response.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "protocol layer, one fixed reply")]
    public Task ProtocolOnly() => RunTurnAsync(_oneReplyBot);

    [Benchmark(Description = "BackCareBot")]
    public Task BackCareBot() => RunTurnAsync(_backCareBot);

    private async Task RunTurnAsync(IBot bot)
    {
        var body = _requests[_next];
        _next = (_next + 1) % Conversations;
        await using var scope = _host.Services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json; charset=utf-8";
        context.Request.ContentLength = body.Length;
        context.Request.Body = new MemoryStream(body, writable: false);
        _response.SetLength(0);
        context.Response.Body = _response;
        await _adapter.ProcessAsync(context, bot, CancellationToken.None);
        if (context.Response.StatusCode != StatusCodes.Status200OK || _response.Length == 0)
        {
            throw new InvalidOperationException($"The turn was not answered: status {context.Response.StatusCode}.");
        }
    }

    /// <summary>A Web Chat message over Direct Line, as the load benchmark sends it.</summary>
    private static byte[] Request(int conversation, string text) => Encoding.UTF8.GetBytes($$"""
        {"type":"message","id":"activity-{{conversation}}","timestamp":"2026-11-24T10:00:00.000Z",
        "localTimestamp":"2026-11-24T11:00:00.000+01:00","serviceUrl":"http://127.0.0.1:9/","channelId":"directline",
        "from":{"id":"dl_conversation-{{conversation}}","name":"You","role":"user"},
        "conversation":{"id":"conversation-{{conversation}}"},
        "recipient":{"id":"backcarebot","name":"BackCareBot","role":"bot"},
        "textFormat":"plain","locale":"en-US","text":{{JsonSerializer.Serialize(text)}},
        "channelData":{"clientActivityID":"activity-{{conversation}}"},"deliveryMode":"expectReplies"}
        """);
}
