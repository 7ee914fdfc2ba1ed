using System.Globalization;
using System.Text.Json;
using BackCareBot.BotFramework.Storage;
using Microsoft.Data.Sqlite;

namespace BackCareBot.Storage.Sqlite;

/// <summary>
/// <see cref="IStorage"/> in a SQLite file: survives restarts, and any number of instances and processes may share the
/// file. A conditional write is a compare-and-swap inside one write transaction, so of two writers holding the same
/// ETag exactly one wins, and a multi-key write lands whole or not at all. A write naming an ETag for a key that is no
/// longer stored fails too, so a turn that read the state before "forget me" deleted it cannot bring it back.
/// </summary>
public sealed class SqliteStorage : IStorage, IDisposable
{
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly SqliteStateDatabase _database;
    private readonly TimeProvider _timeProvider;

    // SQLite lets one connection write at a time. Queueing this process's writers here, asynchronously and
    // cancellably, keeps them out of SQLite's busy wait, which blocks a thread and sleeps in growing steps; the busy
    // wait is left to writers from other processes.
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private bool _disposed;

    public SqliteStorage(string databasePath, TimeProvider timeProvider)
        : this(databasePath, DefaultBusyTimeout, timeProvider)
    {
    }

    /// <param name="databasePath">The file; created with its folder when missing.</param>
    /// <param name="busyTimeout">How long an operation waits for another process's write before it fails.</param>
    /// <param name="timeProvider">Stamps <c>updated_at</c>.</param>
    public SqliteStorage(string databasePath, TimeSpan busyTimeout, TimeProvider timeProvider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(busyTimeout, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _database = new SqliteStateDatabase(Path.GetFullPath(databasePath), busyTimeout);
        _timeProvider = timeProvider;
    }

    public string DatabasePath => _database.Path;

    /// <summary>
    /// Creates the file and its schema when missing and checks that an existing file is a sound state database.
    /// Every operation does this on first use; the host calls it at startup so that a bad file stops the start.
    /// </summary>
    /// <exception cref="StateDatabaseException">The file cannot be used; the message names it.</exception>
    public Task InitializeAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _database.EnsureCreatedAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StateKeys.Validate(keys);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);

        // One snapshot for all the keys: never half of a multi-key write that commits meanwhile.
        using var transaction = connection.BeginTransaction(deferred: true);
        using var select = Command(connection, transaction, StateTable.Select);
        var key = select.Parameters.Add("@key", SqliteType.Text);
        foreach (var requested in keys.Distinct(StringComparer.Ordinal))
        {
            key.Value = requested;
            using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found[requested] = new StoreItem(ParseDocument(reader.GetString(0)), reader.GetString(1));
            }
        }

        return found;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        StateKeys.Validate(changes.Keys);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var rows = changes.Select(change => (change.Key, Json: RawJson(change.Value), ExpectedETag: ExpectedETag(change.Value))).ToList();
        var eTags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            return eTags;
        }

        var updatedAt = _timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);

            // IMMEDIATE takes the write lock before the first ETag check, so no other connection or process writes
            // between a check and its update. Leaving without Commit rolls back every row written so far.
            using var transaction = connection.BeginTransaction(deferred: false);
            using var upsert = WriteCommand(connection, transaction, StateTable.Upsert);
            using var swap = WriteCommand(connection, transaction, StateTable.CompareAndSwap);
            using var insertNew = WriteCommand(connection, transaction, StateTable.InsertNew);
            var expected = swap.Parameters.Add("@expectedETag", SqliteType.Text);
            foreach (var (key, json, expectedETag) in rows)
            {
                var eTag = Guid.NewGuid().ToString("N");
                var command = expectedETag switch
                {
                    null => upsert,
                    StoreItem.NotStoredETag => insertNew,
                    _ => swap,
                };
                command.Parameters["@key"].Value = key;
                command.Parameters["@document"].Value = json;
                command.Parameters["@etag"].Value = eTag;
                command.Parameters["@updatedAt"].Value = updatedAt;
                expected.Value = (object?)expectedETag ?? DBNull.Value;
                if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                {
                    throw new StorageConcurrencyException();
                }

                eTags[key] = eTag;
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writeGate.Release();
        }

        return eTags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StateKeys.Validate(keys);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (keys.Count == 0)
        {
            return;
        }

        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            var deleted = 0;
            using (var transaction = connection.BeginTransaction(deferred: false))
            {
                using var delete = Command(connection, transaction, StateTable.Delete);
                var key = delete.Parameters.Add("@key", SqliteType.Text);
                foreach (var requested in keys)
                {
                    key.Value = requested;
                    deleted += await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            if (deleted > 0)
            {
                EraseLog(connection);
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Deletes every document not written since <paramref name="cutoff"/>: the state of conversations nobody came
    /// back to. Erased like any delete. Returns how many were removed.
    /// </summary>
    public async Task<int> DeleteNotUpdatedSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            int deleted;
            using (var transaction = connection.BeginTransaction(deferred: false))
            {
                using var delete = Command(connection, transaction, StateTable.DeleteNotUpdatedSince);

                // Formatted as writes stamp updated_at, so the text comparison is a time comparison.
                delete.Parameters.AddWithValue("@cutoff", cutoff.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
                deleted = await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            if (deleted > 0)
            {
                EraseLog(connection);
            }

            return deleted;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _database.Dispose();
        _writeGate.Dispose();
    }

    /// <summary>
    /// secure_delete zeroed the deleted rows in the pages this delete wrote, but the write-ahead log still holds the
    /// earlier copies of those pages. A truncating checkpoint copies the new pages into the file and empties the log.
    /// It runs whatever the caller's token says: the delete has committed, and its erasure should not be half done.
    /// </summary>
    private static void EraseLog(SqliteConnection connection)
    {
        using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        try
        {
            checkpoint.ExecuteNonQuery();
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            // Another process is reading; SQLite's next automatic checkpoint overwrites those pages instead.
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static SqliteCommand WriteCommand(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = Command(connection, transaction, sql);
        command.Parameters.Add("@key", SqliteType.Text);
        command.Parameters.Add("@document", SqliteType.Text);
        command.Parameters.Add("@etag", SqliteType.Text);
        command.Parameters.Add("@updatedAt", SqliteType.Text);
        return command;
    }

    private static string RawJson(StoreItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Document.ValueKind == JsonValueKind.Undefined)
        {
            throw new ArgumentException("A stored document must be a JSON value.", nameof(item));
        }

        return item.Document.GetRawText();
    }

    private static string? ExpectedETag(StoreItem item) => item.ETag is null or StoreItem.AnyETag ? null : item.ETag;

    private static JsonElement ParseDocument(string json)
    {
        try
        {
            return JsonElement.Parse(json);
        }
        catch (JsonException)
        {
            // Not rethrown as inner exception: JsonException quotes the offending character of the stored content.
            throw new InvalidDataException("A stored document is not valid JSON; the state file was changed outside BackCareBot.");
        }
    }
}
