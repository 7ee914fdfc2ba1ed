using BackCareBot.BotFramework.Storage;
using BackCareBot.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BackCareBot.BotFramework.Tests.Storage.Sqlite;

public sealed class BotStateStorageExtensionsTests : IDisposable
{
    private readonly TempStateFolder _folder = new();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AddBotStateStorage_BeforeOrAfterAddBotFramework_SqliteUnderTheContentRootWins(bool first)
    {
        using var host = BuildHost([], storageFirst: first);

        await host.StartAsync();

        var storage = Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.Equal(Path.Combine(_folder.Root, "App_Data", "backcare-state.db"), storage.DatabasePath);
        Assert.True(File.Exists(storage.DatabasePath));
        await host.StopAsync();
    }

    [Fact]
    public async Task AddBotStateStorage_ProviderMemory_RegistersMemoryStorageAndNoFile()
    {
        using var host = BuildHost(new() { ["Storage:Provider"] = "Memory" });

        await host.StartAsync();

        Assert.IsType<MemoryStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.False(Directory.Exists(Path.Combine(_folder.Root, "App_Data")));
        await host.StopAsync();
    }

    [Theory]
    [InlineData("state/bot.db")]
    [InlineData("/absolute")]
    public void AddBotStateStorage_SqlitePath_IsTakenFromTheContentRootUnlessAbsolute(string configured)
    {
        var path = configured == "/absolute" ? _folder.PathOf("elsewhere.db") : configured;
        using var host = BuildHost(new() { ["Storage:SqlitePath"] = path });

        var storage = Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());

        Assert.Equal(Path.GetFullPath(path, _folder.Root), storage.DatabasePath);
    }

    [Theory]
    [InlineData("Storage:SqlitePath", " ")]
    [InlineData("Storage:SqliteBusyTimeout", "00:00:00")]
    [InlineData("Storage:SqliteBusyTimeout", "00:05:00")]
    public async Task AddBotStateStorage_InvalidSetting_StopsTheStartNamingTheKey(string key, string value)
    {
        using var host = BuildHost(new() { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Host_WithAFileThatIsNotADatabase_FailsToStartNamingThePath()
    {
        var path = _folder.PathOf("not-a-database.db");
        await File.WriteAllTextAsync(path, new string('x', 4096));
        using var host = BuildHost(new() { ["Storage:SqlitePath"] = "not-a-database.db" });

        var error = await Assert.ThrowsAsync<StateDatabaseException>(() => host.StartAsync());

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private IHost BuildHost(Dictionary<string, string?> settings, bool storageFirst = false)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = _folder.Root });
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
