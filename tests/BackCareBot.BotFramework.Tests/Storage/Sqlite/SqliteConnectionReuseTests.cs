using BackCareBot.BotFramework.Storage;
using BackCareBot.Storage.Sqlite;

namespace BackCareBot.BotFramework.Tests.Storage.Sqlite;

/// <summary>
/// Connections are configured once, when they open, and then kept: a connection used again must still have every
/// setting, above all secure_delete, on which "forget me" depends.
/// </summary>
public sealed class SqliteConnectionReuseTests : IDisposable
{
    private readonly TempStateFolder _folder = new();

    public static TheoryData<string, object> Settings => new()
    {
        { "PRAGMA secure_delete", 1L },
        { "PRAGMA synchronous", 1L },
        { "PRAGMA busy_timeout", (long)SqliteStorage.DefaultBusyTimeout.TotalMilliseconds },
        { "PRAGMA wal_autocheckpoint", 0L },
        { "PRAGMA journal_mode", "wal" },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task ReadConnection_UsedAgain_IsTheSameConnectionWithItsSettings(string pragma, object expected)
    {
        var storage = _folder.Open();
        await storage.WriteAsync("k", StoreItem.From(1));
        var readers = storage.Database.Readers;
        var first = readers.Rent();
        first.Read(["k"]);
        readers.Return(first);

        var again = readers.Rent();
        try
        {
            Assert.Same(first, again);
            Assert.Equal(1, again.Read(["k"])["k"].Document.GetInt32());
            AssertSetting(again, pragma, expected);
        }
        finally
        {
            readers.Return(again);
        }
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task WritersConnection_AfterManyWrites_KeepsItsSettings(string pragma, object expected)
    {
        var storage = _folder.Open();
        var eTag = await storage.WriteAsync("k", StoreItem.From(0));
        for (var turn = 1; turn < 50; turn++)
        {
            eTag = await storage.WriteAsync("k", StoreItem.From(turn, eTag));
        }

        Assert.True(storage.Database.Writer.TryRunNow(connection =>
        {
            AssertSetting(connection, pragma, expected);
            return true;
        }, out _));
    }

    public void Dispose() => _folder.Dispose();

    private static void AssertSetting(StateConnection connection, string pragma, object expected) =>
        Assert.Equal(expected, connection.ExecuteScalar(pragma));
}
