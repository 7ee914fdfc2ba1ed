using System.Text.Json;
using BackCareBot.BotFramework.Storage;
using Microsoft.Extensions.Time.Testing;

namespace BackCareBot.BotFramework.Tests.Storage.Sqlite;

/// <summary>What the host's retention sweep asks of the SQLite store (the sweep itself is tested with the host).</summary>
public sealed class SqliteRetentionTests : IDisposable
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);
    private readonly TempStateFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task DeleteNotUpdatedSince_DeletesStateIdleLongerThanTheRetention_AndKeepsTheRest()
    {
        var storage = _folder.Open(timeProvider: _clock);
        await storage.WriteAsync("abandoned", Document());
        _clock.Advance(TimeSpan.FromDays(20));
        await storage.WriteAsync("active", Document());
        _clock.Advance(TimeSpan.FromDays(11));

        var deleted = await storage.DeleteNotUpdatedSinceAsync(_clock.GetUtcNow() - Retention, CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Null(await storage.ReadAsync("abandoned"));
        Assert.NotNull(await storage.ReadAsync("active"));
    }

    [Fact]
    public async Task DeleteNotUpdatedSince_ErasesTheExpiredDocumentFromDisk()
    {
        var storage = _folder.Open(timeProvider: _clock);
        await storage.WriteAsync("abandoned", new StoreItem(JsonSerializer.SerializeToElement(new { pain = "Zq7marker" })));
        _clock.Advance(Retention + TimeSpan.FromHours(1));
        Assert.True(_folder.BytesOnDisk().AsSpan().IndexOf("Zq7marker"u8) >= 0);

        await storage.DeleteNotUpdatedSinceAsync(_clock.GetUtcNow() - Retention, CancellationToken.None);

        Assert.True(_folder.BytesOnDisk().AsSpan().IndexOf("Zq7marker"u8) < 0);
    }

    public void Dispose() => _folder.Dispose();

    private static StoreItem Document() => new(JsonSerializer.SerializeToElement(new { dialog = "advice" }));
}
