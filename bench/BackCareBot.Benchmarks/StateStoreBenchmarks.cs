using BackCareBot.BotFramework.Storage;
using BackCareBot.Storage.Sqlite;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace BackCareBot.Benchmarks;

/// <summary>
/// One turn's storage work, as <c>DialogStateStore</c> does it: read the conversation's dialog state, write it back
/// naming the ETag read. The SQLite store works on a real file in a temporary folder; the memory store in the same
/// run is the floor. Measured with one turn at a time, and with 16 turns in flight on 16 conversations, as the load
/// benchmark drives the bot. Target: the SQLite store within about 10-15 µs of CPU a turn.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class StateStoreBenchmarks
{
    private const int TurnsInFlight = 16;
    private const int TurnsPerConversation = 8;
    private const string OneAtATime = "one turn at a time";
    private const string InFlight = "16 turns in flight";

    // About 1 KB: more than the dialog states the bot writes (76 to 94 bytes after a few turns of the load benchmark's
    // questions), so the figures err on the high side.
    private static readonly StoreItem DialogState = StoreItem.From(new
    {
        version = 1,
        dialog = "triageFollowUp",
        painFacts = new { duration = "P10D", sharpness = "notSharp", location = "lowerBack", startedAt = "2026-11-13" },
        adviceGiven = new[] { "hamstring-stretch", "hip-flexor-stretch", "desk-posture", "walking-breaks", "foam-roller" },
        asked = new[] { "duration", "sharpness", "numbness", "bladder" },
        notes = new string('n', 640),
    });

    private readonly string[] _conversations = [.. Enumerable.Range(0, TurnsInFlight).Select(n =>
        $"msteams/conversations/19:{n:D4}abcdef0123456789@thread.tacv2;messageid=1715591564123/dialog")];

    private string _folder = "";
    private MemoryStorage _memory = null!;

    // Typed as the interface the turn sees; the benchmark disposes it in Cleanup.
    private IStorage _sqlite = null!;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), "backcare-state-bench", Guid.NewGuid().ToString("N"));
        _memory = new MemoryStorage();
        _sqlite = new SqliteStorage(Path.Combine(_folder, "state.db"), TimeProvider.System);
        foreach (var conversation in _conversations)
        {
            _memory.WriteAsync(conversation, DialogState).GetAwaiter().GetResult();
            _sqlite.WriteAsync(conversation, DialogState).GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        ((SqliteStorage)_sqlite).Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "memory (floor)")]
    [BenchmarkCategory(OneAtATime)]
    public Task MemoryTurn() => TurnAsync(_memory, _conversations[0]);

    [Benchmark(Description = "sqlite")]
    [BenchmarkCategory(OneAtATime)]
    public Task SqliteTurn() => TurnAsync(_sqlite, _conversations[0]);

    [Benchmark(Baseline = true, Description = "memory (floor)", OperationsPerInvoke = TurnsInFlight * TurnsPerConversation)]
    [BenchmarkCategory(InFlight)]
    public Task MemoryTurnsInFlight() => TurnsInFlightAsync(_memory);

    [Benchmark(Description = "sqlite", OperationsPerInvoke = TurnsInFlight * TurnsPerConversation)]
    [BenchmarkCategory(InFlight)]
    public Task SqliteTurnsInFlight() => TurnsInFlightAsync(_sqlite);

    private Task TurnsInFlightAsync(IStorage storage) =>
        Task.WhenAll(_conversations.Select(conversation => Task.Run(async () =>
        {
            for (var turn = 0; turn < TurnsPerConversation; turn++)
            {
                await TurnAsync(storage, conversation).ConfigureAwait(false);
            }
        })));

    private static async Task TurnAsync(IStorage storage, string conversation)
    {
        var read = await storage.ReadAsync(conversation).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The conversation's state is missing.");
        await storage.WriteAsync(conversation, new StoreItem(read.Document, read.ETag)).ConfigureAwait(false);
    }
}
