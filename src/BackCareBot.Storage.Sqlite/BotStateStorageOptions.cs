namespace BackCareBot.Storage.Sqlite;

/// <summary>Where conversation and user state is kept: the <c>Storage</c> section.</summary>
public sealed class BotStateStorageOptions
{
    public const string SectionName = "Storage";

    public const string DefaultSqlitePath = "App_Data/backcare-state.db";

    /// <summary><c>Sqlite</c> (default) or <c>Memory</c>.</summary>
    public StateStorageProvider Provider { get; set; } = StateStorageProvider.Sqlite;

    /// <summary>
    /// The SQLite file; a relative path is taken from the content root (ASP.NET Core's <c>App_Data</c> convention).
    /// On Linux App Service point it into <c>/home</c>, which outlives restarts and deployments.
    /// </summary>
    public string SqlitePath { get; set; } = DefaultSqlitePath;

    /// <summary>
    /// How long a conversation's state is kept after its last turn. A conversation nobody comes back to should not
    /// keep what its person said about their pain: 30 days by default, swept hourly. Zero keeps state until deleted.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long an operation waits while another process writes the file. Default 5 s, inside a channel's ~15 s.</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = SqliteStorage.DefaultBusyTimeout;
}
