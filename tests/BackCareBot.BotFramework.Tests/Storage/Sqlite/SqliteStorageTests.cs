using System.Text.Json;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Storage.Sqlite;

namespace BackCareBot.BotFramework.Tests.Storage.Sqlite;

public sealed class SqliteStorageTests : StorageContractTests, IDisposable
{
    private const string Key = "msteams/conversations/19:a@thread.skype;messageid=1/dialog";

    private readonly TempStateFolder _folder = new();

    [Fact]
    public async Task Restart_WhatWasWritten_IsReadByTheNextInstanceWithItsETag()
    {
        var eTag = await WriteAndClose(Key, """{"dialog":"triage","asked":["duration"]}""");

        var restarted = _folder.Open();
        var item = await restarted.ReadAsync(Key);

        Assert.NotNull(item);
        Assert.Equal(eTag, item.ETag);
        Assert.Equal("triage", item.Document.GetProperty("dialog").GetString());
        await restarted.WriteAsync(Key, Document("""{"dialog":"advice"}""") with { ETag = eTag });
    }

    [Fact]
    public async Task Write_OneStaleItemAmongSeveral_WritesNone()
    {
        var storage = _folder.Open();
        var stale = await storage.WriteAsync("b", Document("1"));
        await storage.WriteAsync("b", Document("2"));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(
            new Dictionary<string, StoreItem>
            {
                ["a"] = Document("10"),
                ["b"] = Document("20") with { ETag = stale },
                ["c"] = Document("30"),
            },
            CancellationToken.None));

        var items = await storage.ReadAsync(["a", "b", "c"], CancellationToken.None);
        Assert.Equal(2, Assert.Single(items).Value.Document.GetInt32());
    }

    [Fact]
    public async Task Write_WithAnETagForAKeyNoLongerStored_FailsInsteadOfBringingItBack()
    {
        var storage = _folder.Open();
        var eTag = await storage.WriteAsync(Key, Document("""{"pain":"sharp"}"""));
        await storage.DeleteAsync(Key);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(Key, Document("""{"pain":"sharp","turn":2}""") with { ETag = eTag }));

        Assert.Null(await storage.ReadAsync(Key));
    }

    [Fact]
    public async Task Write_LargeDocument_RoundTrips()
    {
        var storage = _folder.Open();
        var notes = string.Concat(Enumerable.Range(0, 200_000).Select(n => $"{n % 10}ü"));
        var document = StoreItem.From(new { notes, turns = Enumerable.Range(0, 5_000).ToArray() });

        await storage.WriteAsync(Key, document);

        var read = await storage.ReadAsync(Key);
        Assert.True(JsonElement.DeepEquals(document.Document, read!.Document));
    }

    [Fact]
    public async Task Operations_WithACancelledToken_ChangeNothing()
    {
        var storage = _folder.Open();
        await storage.WriteAsync(Key, Document("1"));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => storage.WriteAsync(
            new Dictionary<string, StoreItem> { [Key] = Document("2"), ["other"] = Document("3") }, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => storage.DeleteAsync([Key], cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => storage.ReadAsync([Key], cancelled.Token));

        var items = await storage.ReadAsync([Key, "other"], CancellationToken.None);
        Assert.Equal(1, Assert.Single(items).Value.Document.GetInt32());
    }

    [Theory]
    [InlineData(0xD800, false)]
    [InlineData(0xDC00, true)]
    public async Task Keys_WithLoneSurrogates_AreRefused(int surrogate, bool atTheStart)
    {
        // Built here: attribute arguments are stored as UTF-8, which would turn the surrogate into U+FFFD.
        var key = atTheStart ? (char)surrogate + "conversation" : "conversation-" + (char)surrogate;
        var storage = _folder.Open();

        await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync(key, Document("1")));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.ReadAsync([key], CancellationToken.None));
    }

    [Fact]
    public async Task Read_TheSameKeyTwice_GivesItOnce()
    {
        var storage = _folder.Open();
        await storage.WriteAsync(Key, Document("1"));

        var items = await storage.ReadAsync([Key, Key], CancellationToken.None);

        Assert.Equal(Key, Assert.Single(items).Key);
    }

    [Fact]
    public async Task Operations_AfterDispose_AreRefused()
    {
        var storage = _folder.Open();
        storage.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.ReadAsync([Key], CancellationToken.None));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => storage.WriteAsync(Key, Document("1")));
    }

    public void Dispose() => _folder.Dispose();

    protected override IStorage CreateStorage() => _folder.Open();

    private async Task<string> WriteAndClose(string key, string json)
    {
        using var storage = new SqliteStorage(_folder.PathOf(), TimeProvider.System);
        return await storage.WriteAsync(key, Document(json));
    }

    private static StoreItem Document(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new StoreItem(document.RootElement.Clone());
    }
}
