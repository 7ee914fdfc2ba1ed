using System.Text.Json;
using BackCareBot.BotFramework.Storage;
using Microsoft.Extensions.Time.Testing;

namespace BackCareBot.BotFramework.Tests.Storage;

public sealed class MemoryStorageTests : StorageContractTests
{
    [Fact]
    public async Task Write_OneStaleItemAmongSeveral_WritesNone()
    {
        var storage = new MemoryStorage();
        var stale = await storage.WriteAsync("b", new StoreItem(JsonSerializer.SerializeToElement(1)));
        await storage.WriteAsync("b", new StoreItem(JsonSerializer.SerializeToElement(2)));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(
            new Dictionary<string, StoreItem>
            {
                ["a"] = new(JsonSerializer.SerializeToElement(10)),
                ["b"] = new(JsonSerializer.SerializeToElement(20), stale),
            },
            CancellationToken.None));

        Assert.Null(await storage.ReadAsync("a"));
    }

    [Fact]
    public async Task DeleteNotUpdatedSince_DeletesItemsIdleLongerThanTheCutoff_AndKeepsTheRest()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        var storage = new MemoryStorage(clock);
        await storage.WriteAsync("abandoned", new StoreItem(JsonSerializer.SerializeToElement(1)));
        clock.Advance(TimeSpan.FromDays(20));
        await storage.WriteAsync("active", new StoreItem(JsonSerializer.SerializeToElement(2)));
        clock.Advance(TimeSpan.FromDays(11));

        var deleted = await storage.DeleteNotUpdatedSinceAsync(clock.GetUtcNow() - TimeSpan.FromDays(30), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Null(await storage.ReadAsync("abandoned"));
        Assert.NotNull(await storage.ReadAsync("active"));
    }

    protected override IStorage CreateStorage() => new MemoryStorage();
}
