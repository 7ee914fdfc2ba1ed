using BackCareBot.BotFramework.Storage;
using BackCareBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace BackCareBot.BotFramework.Tests.Storage.Sqlite;

/// <summary>Writers on one file through several store instances: each has its own connections, as processes would.</summary>
public sealed class SqliteStorageConcurrencyTests : IDisposable
{
    private const string Key = "msteams/conversations/19:a@thread.skype;messageid=1/dialog";

    private readonly TempStateFolder _folder = new();

    [Theory]
    [InlineData(1, 16)]
    [InlineData(2, 8)]
    [InlineData(4, 6)]
    public async Task WritersFromTheSameVersion_AcrossInstances_ExactlyOneWinsEveryRound(int instances, int writersPerInstance)
    {
        var stores = Enumerable.Range(0, instances).Select(_ => _folder.Open()).ToArray();
        var eTag = await stores[0].WriteAsync(Key, StoreItem.From(0));

        for (var round = 0; round < 5; round++)
        {
            var writers = stores.SelectMany(store => Enumerable.Range(1, writersPerInstance).Select(_ => store)).ToArray();
            var results = await RaceAsync(writers, eTag);

            var winner = Assert.Single(results, result => result.ETag is not null);
            var stored = await stores[^1].ReadAsync(Key);
            Assert.Equal(winner.Value, stored!.Document.GetInt32());
            Assert.Equal(winner.ETag, stored.ETag);
            eTag = winner.ETag!;
        }
    }

    [Fact]
    public async Task ReadModifyWriteWithRetries_FromTwoInstances_LosesNoIncrement()
    {
        var stores = new[] { _folder.Open(), _folder.Open() };
        await stores[0].WriteAsync(Key, StoreItem.From(0));
        const int WorkersPerStore = 3;
        const int IncrementsPerWorker = 15;

        await Task.WhenAll(stores.SelectMany(store => Enumerable.Range(0, WorkersPerStore).Select(_ => Task.Run(async () =>
        {
            for (var done = 0; done < IncrementsPerWorker;)
            {
                var current = (await store.ReadAsync(Key))!;
                try
                {
                    await store.WriteAsync(Key, StoreItem.From(current.Document.GetInt32() + 1, current.ETag));
                    done++;
                }
                catch (StorageConcurrencyException)
                {
                    // Another worker wrote first: read again and retry, as a turn would.
                }
            }
        }))));

        Assert.Equal(stores.Length * WorkersPerStore * IncrementsPerWorker, (await stores[1].ReadAsync(Key))!.Document.GetInt32());
    }

    [Fact]
    public async Task Write_WhileAnotherProcessHoldsTheWriteLockBriefly_WaitsAndSucceeds()
    {
        var storage = _folder.Open();
        await storage.InitializeAsync(CancellationToken.None);
        var release = new TaskCompletionSource();
        var holder = HoldWriteLockAsync(storage.DatabasePath, release.Task);

        var write = Task.Run(() => storage.WriteAsync(Key, StoreItem.From(1)));
        await Task.Delay(200);
        release.SetResult();
        await holder;

        Assert.False(string.IsNullOrEmpty(await write));
        Assert.Equal(1, (await storage.ReadAsync(Key))!.Document.GetInt32());
    }

    [Fact]
    public async Task Write_WhileAnotherProcessKeepsTheWriteLock_FailsAsBusyAfterTheTimeoutAndWritesNothing()
    {
        using var storage = new SqliteStorage(_folder.PathOf(), TimeSpan.FromMilliseconds(200), TimeProvider.System);
        await storage.InitializeAsync(CancellationToken.None);
        var release = new TaskCompletionSource();
        var holder = HoldWriteLockAsync(storage.DatabasePath, release.Task);

        var error = await Assert.ThrowsAsync<SqliteException>(() => Task.Run(() => storage.WriteAsync(Key, StoreItem.From(1))));
        release.SetResult();
        await holder;

        Assert.Equal(5, error.SqliteErrorCode);
        Assert.Null(await storage.ReadAsync(Key));
    }

    [Fact]
    public async Task ManyWritersOnOneKey_WithReadersAlongside_ExactlyOneWinsEveryRound()
    {
        var storage = _folder.Open();
        var eTag = await storage.WriteAsync(Key, StoreItem.From(0));
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var reads = 0;
            while (!stop.IsCancellationRequested)
            {
                Assert.NotNull(await storage.ReadAsync(Key));
                reads++;
            }

            return reads;
        })).ToArray();

        for (var round = 0; round < 10; round++)
        {
            var results = await RaceAsync(Enumerable.Repeat<IStorage>(storage, 48).ToArray(), eTag);

            var winner = Assert.Single(results, result => result.ETag is not null);
            var stored = await storage.ReadAsync(Key);
            Assert.Equal(winner.Value, stored!.Document.GetInt32());
            Assert.Equal(winner.ETag, stored.ETag);
            eTag = winner.ETag!;
        }

        await stop.CancelAsync();
        Assert.All(await Task.WhenAll(readers), reads => Assert.True(reads > 0));
    }

    [Fact]
    public async Task Read_WhileAnotherProcessHoldsTheWriteLockAndAWriteWaits_DoesNotWait()
    {
        var storage = _folder.Open();
        await storage.WriteAsync(Key, StoreItem.From(1));
        var release = new TaskCompletionSource();
        var holder = HoldWriteLockAsync(storage.DatabasePath, release.Task);
        var write = Task.Run(() => storage.WriteAsync(Key, StoreItem.From(2)));
        await WaitUntilTheWriterIsBusyAsync(storage);

        var read = await storage.ReadAsync(Key).WaitAsync(TimeSpan.FromSeconds(2));
        release.SetResult();
        await holder;
        await write;

        Assert.Equal(1, read!.Document.GetInt32());
        Assert.Equal(2, (await storage.ReadAsync(Key))!.Document.GetInt32());
    }

    [Fact]
    public async Task Write_CancelledWhileQueuedBehindAWaitingWrite_IsNotWritten()
    {
        var storage = _folder.Open();
        await storage.WriteAsync(Key, StoreItem.From(1));
        var release = new TaskCompletionSource();
        var holder = HoldWriteLockAsync(storage.DatabasePath, release.Task);
        var waiting = Task.Run(() => storage.WriteAsync(Key, StoreItem.From(2)));
        await WaitUntilTheWriterIsBusyAsync(storage);
        using var cancellation = new CancellationTokenSource();

        var queued = storage.WriteAsync("other", StoreItem.From(3), cancellation.Token);
        await cancellation.CancelAsync();
        release.SetResult();
        await holder;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => queued);
        await waiting;
        Assert.Equal(2, (await storage.ReadAsync(Key))!.Document.GetInt32());
        Assert.Null(await storage.ReadAsync("other"));
    }

    public void Dispose() => _folder.Dispose();

    private static async Task WaitUntilTheWriterIsBusyAsync(SqliteStorage storage)
    {
        for (var waited = 0; storage.Database.Writer.TryRunNow(_ => true, out _); waited++)
        {
            Assert.True(waited < 500, "The write did not start within 10 s.");
            await Task.Delay(20);
        }
    }

    /// <summary>Another process's writer: holds SQLite's write lock on the file until told to let go.</summary>
    private static async Task HoldWriteLockAsync(string path, Task release)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using (var transaction = connection.BeginTransaction(deferred: false))
        {
            await release;
            transaction.Commit();
        }
    }

    private static async Task<(int Value, string? ETag)[]> RaceAsync(IStorage[] writers, string eTag)
    {
        using var start = new ManualResetEventSlim();
        var racing = writers.Select((storage, index) => Task.Run(async () =>
        {
            var value = index + 1;
            start.Wait();
            try
            {
                return (value, (string?)await storage.WriteAsync(Key, StoreItem.From(value, eTag)));
            }
            catch (StorageConcurrencyException)
            {
                return (value, null);
            }
        })).ToArray();
        start.Set();
        return await Task.WhenAll(racing);
    }
}
