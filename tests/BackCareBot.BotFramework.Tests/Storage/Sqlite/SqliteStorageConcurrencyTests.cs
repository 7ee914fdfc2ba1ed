using BackCareBot.BotFramework.Storage;

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

    public void Dispose() => _folder.Dispose();

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
