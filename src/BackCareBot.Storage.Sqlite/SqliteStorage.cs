using System.Globalization;
using System.Text.Json;
using BackCareBot.BotFramework.Storage;

namespace BackCareBot.Storage.Sqlite;

/// <summary>
/// <see cref="IStorage"/> in a SQLite file: survives restarts, and any number of instances and processes may share the
/// file. A conditional write is a compare-and-swap in one statement that holds the write lock, so of two writers
/// holding the same ETag exactly one wins, and a multi-key write lands whole or not at all. A write naming an ETag for
/// a key that is no longer stored fails too, so a turn that read the state before "forget me" deleted it cannot bring
/// it back. What a turn's read and write cost, and why the store is built as it is: see the README beside this file.
/// </summary>
public sealed class SqliteStorage : IExpiringStorage, IDisposable
{
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(5);

    /// <summary>The longest busy timeout the host accepts: a turn waiting longer has long been given up by its channel.</summary>
    public static readonly TimeSpan MaxBusyTimeout = TimeSpan.FromSeconds(30);

    private readonly SqliteStateDatabase _database;
    private readonly TimeProvider _timeProvider;
    private readonly ETagSource _eTags = new();
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

    internal SqliteStateDatabase Database => _database;

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
        cancellationToken.ThrowIfCancellationRequested();
        if (keys.Count == 0)
        {
            return new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        }

        await _database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        // The writer's connection when it is free: its page cache is current. Any other connection drops its whole
        // cache when the file changed since its last read, and reads the pages again, which costs more than the read.
        if (_database.Writer.TryRunNow(connection => connection.Read(keys), out var found))
        {
            return found;
        }

        var reader = _database.Readers.Rent();
        try
        {
            return reader.Read(keys);
        }
        finally
        {
            _database.Readers.Return(reader);
        }
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        StateKeys.Validate(changes.Keys);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var rows = changes.Select(change => new StateWrite(change.Key, RawJson(change.Value), ExpectedETag(change.Value), _eTags.Next())).ToList();
        var eTags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rows.Count == 0)
        {
            return eTags;
        }

        await _database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var updatedAt = _timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);
        var checkpointer = _database.Checkpointer;
        var written = await _database.Writer.RunAsync(
            connection =>
            {
                if (!connection.Write(rows, updatedAt))
                {
                    return 0;
                }

                checkpointer.CommitDone();
                return rows.Count;
            },
            cancellationToken).ConfigureAwait(false);
        if (written == 0)
        {
            throw new StorageConcurrencyException();
        }

        foreach (var row in rows)
        {
            eTags[row.Key] = row.ETag;
        }

        return eTags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StateKeys.Validate(keys);
        ObjectDisposedException.ThrowIf(_disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (keys.Count == 0)
        {
            return;
        }

        await DeleteWhereAsync(connection => connection.Delete(keys), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes every document not written since <paramref name="cutoff"/>: the state of conversations nobody came
    /// back to. Erased like any delete. Returns how many were removed.
    /// </summary>
    public Task<int> DeleteNotUpdatedSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);

        // Formatted as writes stamp updated_at, so the text comparison is a time comparison.
        var stamp = cutoff.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
        return DeleteWhereAsync(connection => connection.DeleteNotUpdatedSince(stamp), cancellationToken);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _database.Dispose();
    }

    private async Task<int> DeleteWhereAsync(Func<StateConnection, int> delete, CancellationToken cancellationToken)
    {
        await _database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var checkpointer = _database.Checkpointer;
        return await _database.Writer.RunAsync(
            connection =>
            {
                var deleted = delete(connection);
                if (deleted > 0)
                {
                    checkpointer.Erase();
                }

                return deleted;
            },
            cancellationToken).ConfigureAwait(false);
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
}
