using System.Text.Json;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Storage;
using BackCareBot.Storage.AzureBlob;
using BackCareBot.Storage.Sqlite;
using BackCareBot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BackCareBot.Tests.Storage;

/// <summary>The 30-day retention works on every store the host can choose, not on SQLite alone.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class StateRetentionSweeperTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly string _folder = Directory.CreateTempSubdirectory("backcare-retention-").FullName;
    private readonly List<IDisposable> _stores = [];

    public static TheoryData<StateStorageProvider> Providers => [StateStorageProvider.Sqlite, StateStorageProvider.Memory, StateStorageProvider.AzureBlob];

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Sweep_DeletesStateIdleLongerThanTheRetention_AndKeepsTheRest(StateStorageProvider provider)
    {
        var storage = Open(provider);
        await storage.WriteAsync("conversation/webchat/abandoned", Document());
        _clock.Advance(TimeSpan.FromDays(20));
        await storage.WriteAsync("conversation/webchat/active", Document());
        _clock.Advance(TimeSpan.FromDays(11));

        await Sweeper(storage).SweepAsync(storage, Retention, CancellationToken.None);

        Assert.Null(await storage.ReadAsync("conversation/webchat/abandoned"));
        Assert.NotNull(await storage.ReadAsync("conversation/webchat/active"));
    }

    [Fact]
    public async Task Start_OnAStoreThatCannotExpireItems_SaysRetentionIsNotApplied()
    {
        var logs = new FakeLogger<StateRetentionSweeper>();
        using var sweeper = new StateRetentionSweeper(new KeyValueOnly(), Options.Create(new StateStorageOptions { Retention = Retention }), _clock, logs);

        await sweeper.StartAsync(CancellationToken.None);
        await sweeper.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Contains(logs.Collector.GetSnapshot(), record => record.Id.Id == 7007 && record.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        Directory.Delete(_folder, recursive: true);
    }

    private IExpiringStorage Open(StateStorageProvider provider)
    {
        switch (provider)
        {
            case StateStorageProvider.Memory:
                return new MemoryStorage(_clock);
            case StateStorageProvider.AzureBlob:
                return new AzureBlobStorage(azurite.Service.GetBlobContainerClient(AzuriteFixture.NewContainerName()), _clock);
            default:
                var sqlite = new SqliteStorage(Path.Combine(_folder, "state.db"), _clock);
                _stores.Add(sqlite);
                return sqlite;
        }
    }

    private StateRetentionSweeper Sweeper(IStorage storage) =>
        new(storage, Options.Create(new StateStorageOptions { Retention = Retention }), _clock, NullLogger<StateRetentionSweeper>.Instance);

    private static StoreItem Document() => new(JsonSerializer.SerializeToElement(new { dialog = "advice" }));

    /// <summary>A store registered by hand that keeps no write times.</summary>
    private sealed class KeyValueOnly : IStorage
    {
        private readonly MemoryStorage _inner = new();

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => _inner.ReadAsync(keys, cancellationToken);

        public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken) => _inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => _inner.DeleteAsync(keys, cancellationToken);
    }
}
