namespace BackCareBot.Storage;

public enum StateStorageProvider
{
    /// <summary>A SQLite file: state survives restarts; one machine (the file must be on a local disk).</summary>
    Sqlite,

    /// <summary>Process memory: state is lost on restart and not shared between instances.</summary>
    Memory,

    /// <summary>An Azure Blob Storage container: state shared by every instance, with no sticky routing.</summary>
    AzureBlob,
}
