namespace BackCareBot.Storage.Sqlite;

public enum StateStorageProvider
{
    /// <summary>A SQLite file: state survives restarts and is shared by every instance on the same file.</summary>
    Sqlite,

    /// <summary>Process memory: state is lost on restart and not shared between instances.</summary>
    Memory,
}
