using System.Text.Json;
using Azure.Storage.Blobs.Models;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Storage.AzureBlob;
using Microsoft.Extensions.Time.Testing;

namespace BackCareBot.BotFramework.Tests.Storage.AzureBlob;

/// <summary>The storage contract, and what the SDK's BlobsStorage users rely on, against Azurite.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class AzureBlobStorageTests(AzuriteFixture azurite) : StorageContractTests
{
    [Fact]
    public async Task FirstUse_CreatesTheMissingContainer()
    {
        var name = AzuriteFixture.NewContainerName();
        var container = azurite.Service.GetBlobContainerClient(name);
        Assert.False((await container.ExistsAsync()).Value);

        await azurite.NewStorage(containerName: name).InitializeAsync(CancellationToken.None);

        Assert.True((await container.ExistsAsync()).Value);
    }

    [Fact]
    public async Task Initialize_AnExistingContainer_KeepsWhatIsInIt()
    {
        var name = AzuriteFixture.NewContainerName();
        await azurite.NewStorage(containerName: name).WriteAsync("kept", Document("1"));

        var second = azurite.NewStorage(containerName: name);
        await second.InitializeAsync(CancellationToken.None);

        Assert.Equal(1, (await second.ReadAsync("kept"))!.Document.GetInt32());
    }

    [Fact]
    public async Task Write_IsOneBlobPerKey_NamedByTheEscapedKey_HoldingTheJson()
    {
        var name = AzuriteFixture.NewContainerName();
        var storage = azurite.NewStorage(containerName: name);

        await storage.WriteAsync("conversation/msteams/19:a@thread.skype;messageid=1", Document("""{"dialog":"advice"}"""));
        await storage.WriteAsync("welcomed/webchat/Ab1|livechat", Document("""{"ids":["u1"]}"""));

        var blobs = new List<BlobItem>();
        await foreach (var blob in azurite.Service.GetBlobContainerClient(name).GetBlobsAsync())
        {
            blobs.Add(blob);
        }

        Assert.Equal(
            ["conversation%2Fmsteams%2F19%3Aa%40thread%2Eskype%3Bmessageid%3D1", "welcomed%2Fwebchat%2FAb1%7Clivechat"],
            blobs.Select(blob => blob.Name).Order(StringComparer.Ordinal));
        var content = await azurite.Service.GetBlobContainerClient(name).GetBlobClient(blobs[0].Name).DownloadContentAsync();
        Assert.Equal("application/json", content.Value.Details.ContentType);
        Assert.Equal("advice", JsonDocument.Parse(content.Value.Content.ToMemory()).RootElement.GetProperty("dialog").GetString());
    }

    [Theory]
    [InlineData("a/b", "a_b")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a.", "a")]
    [InlineData("a\\b", "a/b")]
    public async Task Keys_ThatASimplerEscapeWouldMerge_StayApart(string first, string second)
    {
        var storage = CreateStorage();

        await storage.WriteAsync(first, Document("1"));
        await storage.WriteAsync(second, Document("2"));

        Assert.Equal(1, (await storage.ReadAsync(first))!.Document.GetInt32());
        Assert.Equal(2, (await storage.ReadAsync(second))!.Document.GetInt32());
    }

    [Fact]
    public async Task Write_WithAStaleETag_IsTheServicesConditionFailure()
    {
        var storage = CreateStorage();
        var stale = await storage.WriteAsync("k", Document("1"));
        await storage.WriteAsync("k", Document("2"));

        var error = await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync("k", Document("3") with { ETag = stale }));

        Assert.Equal(412, Assert.IsType<Azure.RequestFailedException>(error.InnerException).Status);
    }

    [Fact]
    public async Task ETags_AreTheServicesOwn_SoAnotherInstanceOnTheContainerSeesThem()
    {
        var name = AzuriteFixture.NewContainerName();
        var first = azurite.NewStorage(containerName: name);
        var second = azurite.NewStorage(containerName: name);
        var eTag = await first.WriteAsync("k", Document("1"));

        var read = await second.ReadAsync("k");
        await second.WriteAsync("k", Document("2") with { ETag = read!.ETag });

        Assert.Equal(eTag, read.ETag);
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => first.WriteAsync("k", Document("3") with { ETag = eTag }));
    }

    [Fact]
    public async Task Delete_OfAKeyAlreadyDeletedByAnotherInstance_Succeeds()
    {
        var name = AzuriteFixture.NewContainerName();
        var first = azurite.NewStorage(containerName: name);
        await first.WriteAsync("k", Document("1"));
        await azurite.NewStorage(containerName: name).DeleteAsync("k");

        await first.DeleteAsync("k");

        Assert.Null(await first.ReadAsync("k"));
    }

    [Fact]
    public async Task Retention_DeletesBlobsIdleLongerThanTheCutoff_AndKeepsTheRest()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        var storage = azurite.NewStorage(clock);
        await storage.WriteAsync("abandoned", Document("1"));
        clock.Advance(TimeSpan.FromDays(20));
        await storage.WriteAsync("active", Document("2"));
        clock.Advance(TimeSpan.FromDays(11));

        var deleted = await storage.DeleteNotUpdatedSinceAsync(clock.GetUtcNow() - TimeSpan.FromDays(30), CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Null(await storage.ReadAsync("abandoned"));
        Assert.NotNull(await storage.ReadAsync("active"));
    }

    [Fact]
    public async Task Retention_ABlobWrittenByAnotherTool_GoesByItsLastModifiedTime()
    {
        var name = AzuriteFixture.NewContainerName();
        var storage = azurite.NewStorage(containerName: name);
        await storage.InitializeAsync(CancellationToken.None);
        await azurite.Service.GetBlobContainerClient(name).UploadBlobAsync("copied", BinaryData.FromString("{}"));

        var keptToday = await storage.DeleteNotUpdatedSinceAsync(DateTimeOffset.UtcNow - TimeSpan.FromDays(30), CancellationToken.None);
        var deletedLater = await storage.DeleteNotUpdatedSinceAsync(DateTimeOffset.UtcNow + TimeSpan.FromDays(1), CancellationToken.None);

        Assert.Equal(0, keptToday);
        Assert.Equal(1, deletedLater);
    }

    protected override IStorage CreateStorage() => azurite.NewStorage();

    private static StoreItem Document(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new StoreItem(document.RootElement.Clone());
    }
}
