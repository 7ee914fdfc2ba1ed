using System.Text.Json;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BackCareBot.BotFramework.Tests.Storage.Sqlite;

public sealed class StateRetentionSweeperTests : IDisposable
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);
    private readonly TempStateFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Sweep_DeletesStateIdleLongerThanTheRetention_AndKeepsTheRest()
    {
        var storage = _folder.Open(timeProvider: _clock);
        await storage.WriteAsync("abandoned", Document());
        _clock.Advance(TimeSpan.FromDays(20));
        await storage.WriteAsync("active", Document());
        _clock.Advance(TimeSpan.FromDays(11));

        await Sweeper(storage).SweepAsync(storage, Retention, CancellationToken.None);

        Assert.Null(await storage.ReadAsync("abandoned"));
        Assert.NotNull(await storage.ReadAsync("active"));
    }

    [Fact]
    public async Task Sweep_ErasesTheExpiredDocumentFromDisk()
    {
        var storage = _folder.Open(timeProvider: _clock);
        await storage.WriteAsync("abandoned", new StoreItem(JsonSerializer.SerializeToElement(new { pain = "Zq7marker" })));
        _clock.Advance(Retention + TimeSpan.FromHours(1));
        Assert.True(_folder.BytesOnDisk().AsSpan().IndexOf("Zq7marker"u8) >= 0);

        await Sweeper(storage).SweepAsync(storage, Retention, CancellationToken.None);

        Assert.True(_folder.BytesOnDisk().AsSpan().IndexOf("Zq7marker"u8) < 0);
    }

    public void Dispose() => _folder.Dispose();

    private StateRetentionSweeper Sweeper(SqliteStorage storage) =>
        new(storage, Options.Create(new BotStateStorageOptions { Retention = Retention }), _clock, NullLogger<StateRetentionSweeper>.Instance);

    private static StoreItem Document() => new(JsonSerializer.SerializeToElement(new { dialog = "advice" }));
}
