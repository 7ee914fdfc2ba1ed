using System.Text.Json;
using BackCareBot.BotFramework.Storage;

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

    protected override IStorage CreateStorage() => new MemoryStorage();
}
