using BackCareBot.Storage.Sqlite;

namespace BackCareBot.BotFramework.Tests.Storage.Sqlite;

/// <summary>A folder of its own for one test's state files, with the stores opened on them; deleted afterwards.</summary>
public sealed class TempStateFolder : IDisposable
{
    private readonly List<SqliteStorage> _stores = [];

    public TempStateFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "backcare-state-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string PathOf(string fileName = "state.db") => Path.Combine(Root, fileName);

    /// <summary>A store on the file; each call is another instance, as another process would have.</summary>
    public SqliteStorage Open(string fileName = "state.db", TimeProvider? timeProvider = null)
    {
        var store = new SqliteStorage(PathOf(fileName), timeProvider ?? TimeProvider.System);
        _stores.Add(store);
        return store;
    }

    /// <summary>The file and its write-ahead log as they are on disk now, read while SQLite may hold them open.</summary>
    public byte[] BytesOnDisk(string fileName = "state.db") =>
        [.. ReadShared(PathOf(fileName)), .. ReadShared(PathOf(fileName) + "-wal")];

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        Directory.Delete(Root, recursive: true);
    }

    private static byte[] ReadShared(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
