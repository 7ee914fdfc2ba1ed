namespace BackCareBot.Storage.Sqlite;

/// <summary>The one table that holds every stored document, and the statements that use it.</summary>
internal static class StateTable
{
    /// <summary>Stored in <c>PRAGMA user_version</c>; a file with a higher number was written by a newer BackCareBot.</summary>
    public const int SchemaVersion = 1;

    // TEXT keys compare with SQLite's BINARY collation: byte for byte, so ordinally and case-sensitively.
    public const string Create = """
        CREATE TABLE IF NOT EXISTS bot_state (
            key TEXT PRIMARY KEY NOT NULL,
            document TEXT NOT NULL,
            etag TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        PRAGMA user_version = 1;
        """;

    public const string Select = "SELECT document, etag FROM bot_state WHERE key = @key";

    public const string Upsert = """
        INSERT INTO bot_state (key, document, etag, updated_at) VALUES (@key, @document, @etag, @updatedAt)
        ON CONFLICT (key) DO UPDATE SET document = excluded.document, etag = excluded.etag, updated_at = excluded.updated_at
        """;

    public const string InsertNew = """
        INSERT INTO bot_state (key, document, etag, updated_at) VALUES (@key, @document, @etag, @updatedAt)
        ON CONFLICT (key) DO NOTHING
        """;

    public const string CompareAndSwap = """
        UPDATE bot_state SET document = @document, etag = @etag, updated_at = @updatedAt
        WHERE key = @key AND etag = @expectedETag
        """;

    public const string Delete = "DELETE FROM bot_state WHERE key = @key";

    // updated_at is ISO 8601 in UTC ("O" format), so text order is time order.
    public const string DeleteNotUpdatedSince = "DELETE FROM bot_state WHERE updated_at < @cutoff";
}
