namespace BackCareBot.LoadBenchmark;

/// <summary>Which state store a bot target runs on (<c>Storage:Provider</c>).</summary>
internal enum StateStore
{
    /// <summary>The default: an embedded SQLite file, in a new temp folder.</summary>
    Sqlite,

    /// <summary>In process memory: no durability, the floor of what state costs.</summary>
    Memory,

    /// <summary>A Blob container on Azurite, Azure Storage's emulator, started on loopback for the target.</summary>
    AzureBlob,
}
