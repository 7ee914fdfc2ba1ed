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

    public void Dispose() => _folder.Dispose();

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
