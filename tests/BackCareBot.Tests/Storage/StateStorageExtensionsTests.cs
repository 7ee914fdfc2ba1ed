using BackCareBot.BotFramework;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Storage.AzureBlob;
using BackCareBot.Storage.Sqlite;
using BackCareBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackCareBot.Tests.Storage;

/// <summary>The <c>Storage</c> section chooses the store, where every store plugs in, and stops a wrong setting at startup.</summary>
[Collection(AzuriteGroup.Name)]
public sealed class StateStorageExtensionsTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("backcare-storage-host-").FullName;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AddBotStateStorage_BeforeOrAfterAddBotFramework_SqliteUnderTheContentRootWins(bool first)
    {
        using var host = BuildHost([], storageFirst: first);

        await host.StartAsync();

        var storage = Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.Equal(Path.Combine(_root, "App_Data", "backcare-state.db"), storage.DatabasePath);
        Assert.True(File.Exists(storage.DatabasePath));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddBotStateStorage_ProviderMemory_RegistersMemoryStorageAndNoFile()
    {
        using var host = BuildHost(new() { ["Storage:Provider"] = "Memory" });

        await host.StartAsync();

        Assert.IsType<MemoryStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.False(Directory.Exists(Path.Combine(_root, "App_Data")));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddBotStateStorage_ProviderAzureBlob_CreatesTheContainerAtStartAndNoFile()
    {
        var container = AzuriteFixture.NewContainerName();
        using var host = BuildHost(azurite.StorageSettings(container));

        await host.StartAsync();

        var storage = Assert.IsType<AzureBlobStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.Equal(container, storage.ContainerName);
        Assert.True((await azurite.Service.GetBlobContainerClient(container).ExistsAsync()).Value);
        Assert.False(Directory.Exists(Path.Combine(_root, "App_Data")));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddBotStateStorage_ProviderAzureBlob_DefaultContainerIsBackcarebotState()
    {
        var settings = azurite.StorageSettings("unused");
        settings.Remove("Storage:AzureBlob:ContainerName");
        using var host = BuildHost(settings);

        var storage = Assert.IsType<AzureBlobStorage>(host.Services.GetRequiredService<IStorage>());

        Assert.Equal("backcarebot-state", storage.ContainerName);
    }

    [Theory]
    [InlineData("state/bot.db")]
    [InlineData("/absolute")]
    public void AddBotStateStorage_SqlitePath_IsTakenFromTheContentRootUnlessAbsolute(string configured)
    {
        var path = configured == "/absolute" ? Path.Combine(_root, "elsewhere.db") : configured;
        using var host = BuildHost(new() { ["Storage:SqlitePath"] = path });

        var storage = Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());

        Assert.Equal(Path.GetFullPath(path, _root), storage.DatabasePath);
    }

    [Theory]
    [InlineData("Storage:SqlitePath", " ")]
    [InlineData("Storage:SqliteBusyTimeout", "00:00:00")]
    [InlineData("Storage:SqliteBusyTimeout", "00:05:00")]
    [InlineData("Storage:Retention", "-1.00:00:00")]
    public async Task AddBotStateStorage_InvalidSetting_StopsTheStartNamingTheKey(string key, string value)
    {
        using var host = BuildHost(new() { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, "Storage:AzureBlob needs exactly one of ConnectionString")]
    [InlineData(null, "http://account.blob.core.windows.net", "Storage:AzureBlob:ServiceUri must be an https://")]
    public async Task AddBotStateStorage_AzureBlobWithoutAUsableAccount_StopsTheStartSayingWhy(string? connectionString, string? serviceUri, string expected)
    {
        using var host = BuildHost(new()
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:AzureBlob:ConnectionString"] = connectionString,
            ["Storage:AzureBlob:ServiceUri"] = serviceUri,
        });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddBotStateStorage_AzureBlobSettings_AreNotCheckedWhenAnotherStoreIsChosen()
    {
        using var host = BuildHost(new() { ["Storage:Provider"] = "Memory", ["Storage:AzureBlob:ContainerName"] = "X" });

        await host.StartAsync();

        await host.StopAsync();
    }

    [Fact]
    public async Task AddBotStateStorage_UnknownProvider_StopsTheStartNamingTheKey()
    {
        using var host = BuildHost(new() { ["Storage:Provider"] = "Cosmos" });

        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => host.StartAsync());

        Assert.Contains("Storage:Provider", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_WithAFileThatIsNotADatabase_FailsToStartNamingThePath()
    {
        var path = Path.Combine(_root, "not-a-database.db");
        await File.WriteAllTextAsync(path, new string('x', 4096));
        using var host = BuildHost(new() { ["Storage:SqlitePath"] = "not-a-database.db" });

        var error = await Assert.ThrowsAsync<StateDatabaseException>(() => host.StartAsync());

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private IHost BuildHost(Dictionary<string, string?> settings, bool storageFirst = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = _root });
        builder.Configuration.AddInMemoryCollection(settings);
        if (storageFirst)
        {
            builder.AddBotStateStorage();
            builder.AddBotFramework();
        }
        else
        {
            builder.AddBotFramework();
            builder.AddBotStateStorage();
        }

        return builder.Build();
    }
}
