using BackCareBot.Storage.AzureBlob;
using BackCareBot.Storage.Sqlite;

namespace BackCareBot.Storage;

/// <summary>Where conversation and user state is kept, and for how long: the <c>Storage</c> section.</summary>
public sealed class StateStorageOptions
{
    public const string SectionName = "Storage";

    public const string DefaultSqlitePath = "App_Data/backcare-state.db";

    /// <summary><c>Sqlite</c> (default), <c>Memory</c> or <c>AzureBlob</c>.</summary>
    public StateStorageProvider Provider { get; set; } = StateStorageProvider.Sqlite;

    /// <summary>
    /// How long a conversation's state is kept after its last turn, on every store. A conversation nobody comes back
    /// to should not keep what its person said about their pain: 30 days by default, swept hourly. Zero keeps state
    /// until deleted.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>The SQLite file; a relative path is taken from the content root (ASP.NET Core's <c>App_Data</c> convention).</summary>
    public string SqlitePath { get; set; } = DefaultSqlitePath;

    /// <summary>How long an operation waits while another process writes the file. Default 5 s, inside a channel's ~15 s.</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = SqliteStorage.DefaultBusyTimeout;

    /// <summary>The Blob container (<c>Storage:AzureBlob</c>), read when <see cref="Provider"/> is <c>AzureBlob</c>.</summary>
    public AzureBlobStorageOptions AzureBlob { get; set; } = new();
}
