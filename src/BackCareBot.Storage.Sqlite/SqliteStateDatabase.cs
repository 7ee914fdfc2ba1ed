using System.Globalization;
using Microsoft.Data.Sqlite;

namespace BackCareBot.Storage.Sqlite;

/// <summary>
/// One state file: opens connections configured for it (from Microsoft.Data.Sqlite's pool) and, once, makes sure the
/// file exists, is sound and has the schema.
/// </summary>
internal sealed class SqliteStateDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly string _connectionPragmas;
    private readonly SemaphoreSlim _creation = new(1, 1);
    private volatile bool _created;

    public SqliteStateDatabase(string path, TimeSpan busyTimeout)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,

            // Microsoft.Data.Sqlite retries a locked database until this command timeout (30 s unless set), around
            // SQLite's own busy_timeout wait; with the same bound for both, the busy timeout is the one that counts.
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ToString();

        // Per connection, so on every open: a pooled connection may be new. secure_delete zeroes deleted rows in the
        // file instead of leaving them in free space, because what people say about their pain is health data and
        // "forget me" must not leave it readable. synchronous NORMAL spares each write an fsync (about 4 ms here
        // against 0.05 ms a turn): a crash of the process loses nothing, a power cut at worst the last turns' state,
        // and deletes are made durable anyway by the checkpoint that follows them.
        _connectionPragmas = string.Create(CultureInfo.InvariantCulture, $"""
            PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds};
            PRAGMA secure_delete = ON;
            PRAGMA synchronous = NORMAL;
            """);
    }

    public string Path { get; }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return await OpenConfiguredAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <exception cref="StateDatabaseException">The file cannot be used; the message names it.</exception>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        await _creation.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_created)
            {
                await CreateAsync(cancellationToken).ConfigureAwait(false);
                _created = true;
            }
        }
        finally
        {
            _creation.Release();
        }
    }

    public void Dispose()
    {
        using (var connection = new SqliteConnection(_connectionString))
        {
            // Closes the pooled connections, so SQLite checkpoints the log into the file and removes it.
            SqliteConnection.ClearPool(connection);
        }

        _creation.Dispose();
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path) ?? ".");
            using var connection = await OpenConfiguredAsync(cancellationToken).ConfigureAwait(false);

            // The log lets turns read while another turn writes; the file remembers the mode.
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);

            // Reads every page: damage shows now, as a startup error naming the file, not in some later turn.
            var check = await ExecuteScalarAsync(connection, "PRAGMA quick_check(1)", cancellationToken).ConfigureAwait(false);
            if (!string.Equals(check as string, "ok", StringComparison.Ordinal))
            {
                throw StateDatabaseException.For(Path, "it is damaged.");
            }

            var version = Convert.ToInt64(await ExecuteScalarAsync(connection, "PRAGMA user_version", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
            if (version > StateTable.SchemaVersion)
            {
                throw StateDatabaseException.For(Path, $"it was written by a newer BackCareBot (schema version {version}).");
            }

            await ExecuteAsync(connection, StateTable.Create, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException exception)
        {
            throw StateDatabaseException.For(Path, SqliteProblems.Describe(exception), exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw StateDatabaseException.For(Path, "its folder cannot be created.", exception);
        }
    }

    private async Task<SqliteConnection> OpenConfiguredAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, _connectionPragmas, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<object?> ExecuteScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
