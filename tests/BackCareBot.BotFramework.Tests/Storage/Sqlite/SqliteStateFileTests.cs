using System.Text;
using System.Text.Json;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace BackCareBot.BotFramework.Tests.Storage.Sqlite;

/// <summary>The file itself: how it is created, what it holds, and what a file that cannot be used does.</summary>
public sealed class SqliteStateFileTests : IDisposable
{
    private readonly TempStateFolder _folder = new();

    [Fact]
    public async Task FirstUse_NoFileNorFolder_CreatesBothWithTheSchema()
    {
        var storage = _folder.Open(Path.Combine("App_Data", "nested", "state.db"));

        await storage.WriteAsync("k", StoreItem.From(1));

        Assert.True(File.Exists(_folder.PathOf(Path.Combine("App_Data", "nested", "state.db"))));
        Assert.Equal(["key", "document", "etag", "updated_at"], await ColumnsAsync(storage.DatabasePath));
    }

    [Fact]
    public async Task FirstUse_CreatesTheFileItsLogAndItsFolderOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var storage = _folder.Open(Path.Combine("App_Data", "state.db"));

        await storage.WriteAsync("k", StoreItem.From(1));

        var file = storage.DatabasePath;
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file + "-wal"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file + "-shm"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public async Task FirstUse_AnExistingFile_KeepsTheModeItsOwnerGaveIt()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await File.WriteAllBytesAsync(_folder.PathOf(), []);
        File.SetUnixFileMode(_folder.PathOf(), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var storage = _folder.Open();

        await storage.InitializeAsync(CancellationToken.None);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(storage.DatabasePath));
    }

    [Fact]
    public async Task FirstUse_EmptyFile_BecomesAStateDatabaseInWalMode()
    {
        await File.WriteAllBytesAsync(_folder.PathOf(), []);
        var storage = _folder.Open();

        await storage.InitializeAsync(CancellationToken.None);

        Assert.Equal(["key", "document", "etag", "updated_at"], await ColumnsAsync(storage.DatabasePath));
        Assert.Equal("wal", await ScalarAsync(storage.DatabasePath, "PRAGMA journal_mode"));
        Assert.Equal(1L, await ScalarAsync(storage.DatabasePath, "PRAGMA user_version"));
    }

    [Fact]
    public async Task Write_StampsUpdatedAtFromTheClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 3, 14, 9, 26, 53, TimeSpan.Zero));
        var storage = _folder.Open(timeProvider: clock);

        await storage.WriteAsync("k", StoreItem.From(1));

        Assert.Equal("2025-03-14T09:26:53.0000000+00:00", await ScalarAsync(storage.DatabasePath, "SELECT updated_at FROM bot_state"));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("random bytes")]
    [InlineData("a SQLite header and nothing else")]
    public async Task UnusableFile_FailsNamingThePathAndLeavesTheFileAlone(string kind)
    {
        var content = UnusableContent(kind);
        await File.WriteAllBytesAsync(_folder.PathOf(), content);
        var storage = _folder.Open();

        var error = await Assert.ThrowsAsync<StateDatabaseException>(() => storage.InitializeAsync(CancellationToken.None));

        Assert.Contains(_folder.PathOf(), error.Message, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllBytesAsync(_folder.PathOf()));
        await Assert.ThrowsAsync<StateDatabaseException>(() => storage.ReadAsync(["k"], CancellationToken.None));
    }

    [Fact]
    public async Task DamagedPages_FailAtStartNamingThePath()
    {
        var path = _folder.PathOf();
        using (var storage = new SqliteStorage(path, TimeProvider.System))
        {
            var notes = new string('n', 500);
            for (var i = 0; i < 40; i++)
            {
                await storage.WriteAsync($"conversation-{i}", StoreItem.From(new { notes, i }));
            }
        }

        await OverwriteAsync(path, offset: 2 * 4096, RandomBytes(3 * 4096));
        var reopened = _folder.Open();

        var error = await Assert.ThrowsAsync<StateDatabaseException>(() => reopened.InitializeAsync(CancellationToken.None));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FileFromANewerSchema_IsRefusedNamingThePath()
    {
        var storage = _folder.Open();
        await storage.InitializeAsync(CancellationToken.None);
        await ScalarAsync(storage.DatabasePath, "PRAGMA user_version = 2");

        var error = await Assert.ThrowsAsync<StateDatabaseException>(() => _folder.Open().InitializeAsync(CancellationToken.None));

        Assert.Contains(storage.DatabasePath, error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_LeavesNoCopyOfTheDocumentInTheFileOrItsLog()
    {
        var storage = _folder.Open();
        var marker = "sharp-pain-since-" + Guid.NewGuid().ToString("N");
        await storage.WriteAsync("msteams/conversations/19:a@thread.skype/dialog", StoreItem.From(new { said = marker }));
        await storage.WriteAsync("msteams/conversations/19:b@thread.skype/dialog", StoreItem.From(new { said = "someone else's turn" }));
        await storage.WriteAsync("msteams/conversations/19:a@thread.skype/dialog", StoreItem.From(new { said = marker, turn = 2 }));
        Assert.True(Contains(_folder.BytesOnDisk(), marker));

        await storage.DeleteAsync("msteams/conversations/19:a@thread.skype/dialog");

        Assert.False(Contains(_folder.BytesOnDisk(), marker));
        Assert.NotNull(await storage.ReadAsync("msteams/conversations/19:b@thread.skype/dialog"));
    }

    [Fact]
    public async Task Delete_AfterManyWritesAndBackgroundCheckpoints_LeavesNoCopyInTheFileOrItsLog()
    {
        var storage = _folder.Open();
        var marker = "numb-since-" + Guid.NewGuid().ToString("N");
        var eTag = await storage.WriteAsync("forget-me", StoreItem.From(new { said = marker, turn = 0 }));
        for (var turn = 1; turn <= 3 * WalCheckpointer.CommitsBetweenCheckpoints; turn++)
        {
            var key = turn % 10 == 0 ? "forget-me" : $"conversation-{turn % 40}";
            var written = await storage.WriteAsync(key, StoreItem.From(new { said = key == "forget-me" ? marker : "other", turn }));
            eTag = key == "forget-me" ? written : eTag;
        }

        await WaitForACheckpointAsync(storage);
        Assert.True(Contains(_folder.BytesOnDisk(), marker));

        await storage.DeleteAsync("forget-me");

        Assert.False(Contains(_folder.BytesOnDisk(), marker));
        await Assert.ThrowsAsync<StorageConcurrencyException>(() => storage.WriteAsync("forget-me", StoreItem.From(new { said = marker }, eTag)));
    }

    [Fact]
    public async Task ManyWrites_KeepTheLogShort()
    {
        var storage = _folder.Open();
        var eTag = await storage.WriteAsync("k", StoreItem.From(new { notes = new string('n', 900), turn = 0 }));
        const int Writes = 20 * WalCheckpointer.CommitsBetweenCheckpoints;
        for (var turn = 1; turn <= Writes; turn++)
        {
            eTag = await storage.WriteAsync("k", StoreItem.From(new { notes = new string('n', 900), turn }, eTag));
        }

        // Every write adds at least a 4 KB page to the log until a complete checkpoint lets SQLite start it over.
        var logPages = new FileInfo(storage.DatabasePath + "-wal").Length / 4096;
        Assert.True(logPages < Writes / 4, $"The log holds {logPages} pages after {Writes} writes.");
    }

    [Fact]
    public async Task Dispose_CopiesTheLogIntoTheFileAndRemovesIt()
    {
        var path = _folder.PathOf("closed.db");
        using (var storage = new SqliteStorage(path, TimeProvider.System))
        {
            await Task.WhenAll(Enumerable.Range(0, 16).Select(n => Task.Run(async () =>
            {
                var eTag = await storage.WriteAsync($"conversation-{n}", StoreItem.From(0));
                for (var turn = 1; turn < 20; turn++)
                {
                    var read = await storage.ReadAsync($"conversation-{n}");
                    eTag = await storage.WriteAsync($"conversation-{n}", StoreItem.From(read!.Document.GetInt32() + 1, eTag));
                }
            })));
            Assert.True(File.Exists(path + "-wal"));
        }

        Assert.False(File.Exists(path + "-wal"));
        Assert.False(File.Exists(path + "-shm"));
        Assert.Equal(16L, await ScalarAsync(path, "SELECT count(*) FROM bot_state WHERE document = '19'"));
    }

    public void Dispose() => _folder.Dispose();

    private static async Task WaitForACheckpointAsync(SqliteStorage storage)
    {
        for (var waited = 0; storage.Database.Checkpointer.Completed == 0; waited++)
        {
            Assert.True(waited < 200, "No checkpoint completed within 10 s.");
            await Task.Delay(50);
        }
    }

    private static bool Contains(byte[] haystack, string text) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    private static byte[] UnusableContent(string kind) => kind switch
    {
        "text" => Encoding.UTF8.GetBytes(new string('x', 4096)),
        "random bytes" => RandomBytes(8192),
        "a SQLite header and nothing else" => [.. "SQLite format 3\0"u8, .. new byte[84]],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(20250314).NextBytes(bytes);
        return bytes;
    }

    private static async Task OverwriteAsync(string path, long offset, byte[] bytes)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        file.Seek(offset, SeekOrigin.Begin);
        await file.WriteAsync(bytes);
    }

    private static async Task<string[]> ColumnsAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM pragma_table_info('bot_state') ORDER BY cid";
        await using var reader = await command.ExecuteReaderAsync();
        var columns = new List<string>();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        return [.. columns];
    }

    private static async Task<object?> ScalarAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
