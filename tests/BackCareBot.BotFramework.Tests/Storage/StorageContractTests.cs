using System.Text.Json;
using BackCareBot.BotFramework.Storage;

namespace BackCareBot.BotFramework.Tests.Storage;

/// <summary>
/// What every <see cref="IStorage"/> must do. A store's test class inherits this and says how to create the store;
/// each test gets a fresh one.
/// </summary>
public abstract class StorageContractTests
{
    private const string Key = "msteams/conversations/19:abc@thread.tacv2;messageid=1715/dialog";

    public static TheoryData<string> AwkwardKeys => new()
    {
        "msteams/conversations/19:abc123@thread.tacv2;messageid=1715591564123/users/29:1abcDEF-user",
        "webchat/conversations/Ab1Cd2|livechat",
        "emulator/users/4b3f5c9d-2222-4d9b-8f2a-7f3e9e1c2b22",
        "key with spaces, 'quotes', \"double\", % and \\ backslash",
        "ünïcødé/ключ/鍵/🙂",
        new string('k', 400),
    };

    [Fact]
    public async Task Read_MissingKey_IsAbsent()
    {
        var storage = CreateStorage();

        var items = await storage.ReadAsync(["nobody"], CancellationToken.None);

        Assert.Empty(items);
    }

    [Fact]
    public async Task Write_ThenRead_GivesTheDocumentAndItsETag()
    {
        var storage = CreateStorage();

        var eTag = await storage.WriteAsync(Key, Document("""{"dialog":"advice","turn":2,"nested":{"ok":true}}"""));
        var item = await storage.ReadAsync(Key);

        Assert.NotNull(item);
        Assert.Equal(eTag, item.ETag);
        Assert.False(string.IsNullOrEmpty(eTag));
        Assert.True(JsonElement.DeepEquals(JsonDocument.Parse("""{"dialog":"advice","turn":2,"nested":{"ok":true}}""").RootElement, item.Document));
    }

    [Fact]
    public async Task Read_SeveralKeys_GivesOnlyThoseStored()
    {
        var storage = CreateStorage();
        await storage.WriteAsync("a", Document("1"));
        await storage.WriteAsync("c", Document("3"));

        var items = await storage.ReadAsync(["a", "b", "c"], CancellationToken.None);

        Assert.Equal(["a", "c"], items.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, items["c"].Document.GetInt32());
    }

    [Fact]
    public async Task Write_EveryWrite_GivesANewETag()
    {
        var storage = CreateStorage();

        var first = await storage.WriteAsync(Key, Document("1"));
        var second = await storage.WriteAsync(Key, Document("1"));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public async Task Write_WithTheCurrentETag_Succeeds()
    {
        var storage = CreateStorage();
        var eTag = await storage.WriteAsync(Key, Document("1"));

        await storage.WriteAsync(Key, Document("2") with { ETag = eTag });

        Assert.Equal(2, (await storage.ReadAsync(Key))!.Document.GetInt32());
    }

    [Fact]
    public async Task Write_WithAStaleETag_FailsAndKeepsTheNewerDocument()
    {
        var storage = CreateStorage();
        var stale = await storage.WriteAsync(Key, Document("1"));
        await storage.WriteAsync(Key, Document("2") with { ETag = stale });

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(Key, Document("3") with { ETag = stale }));

        Assert.Equal(2, (await storage.ReadAsync(Key))!.Document.GetInt32());
    }

    [Fact]
    public async Task Write_NotStoredETag_CreatesAMissingItem()
    {
        var storage = CreateStorage();

        await storage.WriteAsync(Key, Document("1") with { ETag = StoreItem.NotStoredETag });

        Assert.Equal(1, (await storage.ReadAsync(Key))!.Document.GetInt32());
    }

    [Fact]
    public async Task Write_NotStoredETag_FailsWhenAnotherWriterCreatedTheItemFirst()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Key, Document("1") with { ETag = StoreItem.NotStoredETag });

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(Key, Document("2") with { ETag = StoreItem.NotStoredETag }));

        Assert.Equal(1, (await storage.ReadAsync(Key))!.Document.GetInt32());
    }

    [Fact]
    public async Task Write_WithAnETagForADeletedItem_FailsInsteadOfBringingItBack()
    {
        var storage = CreateStorage();
        var eTag = await storage.WriteAsync(Key, Document("1"));
        await storage.DeleteAsync(Key);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync(Key, Document("2") with { ETag = eTag }));

        Assert.Null(await storage.ReadAsync(Key));
    }

    [Theory]
    [InlineData(StoreItem.AnyETag)]
    [InlineData(null)]
    public async Task Write_WithStarOrNoETag_OverwritesWhateverIsStored(string? eTag)
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Key, Document("1"));
        await storage.WriteAsync(Key, Document("2"));

        await storage.WriteAsync(Key, Document("3") with { ETag = eTag });

        Assert.Equal(3, (await storage.ReadAsync(Key))!.Document.GetInt32());
    }

    [Fact]
    public async Task ConcurrentWriters_FromTheSameVersion_ExactlyOneWins()
    {
        var storage = CreateStorage();
        var eTag = await storage.WriteAsync(Key, Document("0"));
        using var start = new ManualResetEventSlim();

        var writers = Enumerable.Range(1, 8).Select(n => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await storage.WriteAsync(Key, Document(n.ToString(System.Globalization.CultureInfo.InvariantCulture)) with { ETag = eTag });
                return n;
            }
            catch (StorageConcurrencyException)
            {
                return 0;
            }
        })).ToArray();
        start.Set();
        var results = await Task.WhenAll(writers);

        var winner = Assert.Single(results, n => n != 0);
        Assert.Equal(winner, (await storage.ReadAsync(Key))!.Document.GetInt32());
    }

    [Fact]
    public async Task Delete_RemovesTheKeyAndIgnoresMissingOnes()
    {
        var storage = CreateStorage();
        await storage.WriteAsync(Key, Document("1"));
        await storage.WriteAsync("other", Document("2"));

        await storage.DeleteAsync([Key, "never-written"], CancellationToken.None);

        Assert.Null(await storage.ReadAsync(Key));
        Assert.NotNull(await storage.ReadAsync("other"));
    }

    [Theory]
    [MemberData(nameof(AwkwardKeys))]
    public async Task Keys_WithChannelCharacters_AreStoredExactly(string key)
    {
        var storage = CreateStorage();

        await storage.WriteAsync(key, Document("""{"v":1}"""));

        var items = await storage.ReadAsync([key], CancellationToken.None);
        Assert.Equal(key, Assert.Single(items).Key);
    }

    [Fact]
    public async Task Keys_DifferingOnlyInCase_AreDifferentKeys()
    {
        var storage = CreateStorage();

        await storage.WriteAsync("Conversation-A", Document("1"));
        await storage.WriteAsync("conversation-a", Document("2"));

        Assert.Equal(1, (await storage.ReadAsync("Conversation-A"))!.Document.GetInt32());
        Assert.Equal(2, (await storage.ReadAsync("conversation-a"))!.Document.GetInt32());
    }

    [Fact]
    public async Task Document_OutlivesTheJsonDocumentItWasWrittenFrom()
    {
        var storage = CreateStorage();
        using (var source = JsonDocument.Parse("""{"kept":true}"""))
        {
            await storage.WriteAsync(Key, new StoreItem(source.RootElement));
        }

        Assert.True((await storage.ReadAsync(Key))!.Document.GetProperty("kept").GetBoolean());
    }

    [Fact]
    public async Task TypedItems_RoundTripThroughTheSharedJsonSettings()
    {
        var storage = CreateStorage();

        await storage.WriteAsync(Key, StoreItem.From(new DialogStateDocument("advice", ["hamstring-stretch"])));

        var state = (await storage.ReadAsync(Key))!.As<DialogStateDocument>();
        Assert.Equal("advice", state?.DialogId);
        Assert.Equal(["hamstring-stretch"], state?.AdviceGiven);
    }

    [Fact]
    public async Task EmptyOrNullKey_IsRefused()
    {
        var storage = CreateStorage();

        await Assert.ThrowsAsync<ArgumentException>(() => storage.ReadAsync([string.Empty], CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => storage.WriteAsync(string.Empty, Document("1")));
    }

    protected abstract IStorage CreateStorage();

    private static StoreItem Document(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new StoreItem(document.RootElement.Clone());
    }

    public sealed record DialogStateDocument(string DialogId, IReadOnlyList<string> AdviceGiven);
}
