using System.Globalization;
using BackCareBot.BotFramework.IO;
using Microsoft.Data.Sqlite;

namespace BackCareBot.Storage.Sqlite;

/// <summary>
/// One state file and this process's connections to it, each configured once when it opens and kept open: the
/// writer's connection, connections for reads that find it busy, and one for checkpoints. Makes sure, once, that the
/// file exists, is sound and has the schema. Disposing closes them all; the last to close checkpoints the log into
/// the file and removes it.
/// </summary>
internal sealed class SqliteStateDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly string _connectionPragmas;
    private readonly SemaphoreSlim _creation = new(1, 1);
    private volatile StateWriter? _writer;
    private WalCheckpointer? _checkpointer;

    public SqliteStateDatabase(string path, TimeSpan busyTimeout)
    {
        Path = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,

            // This class keeps its connections open and configured; Microsoft.Data.Sqlite's pool would hand out
            // connections that may be new, so every open would have to configure them again.
            Pooling = false,

            // Microsoft.Data.Sqlite retries a locked database until this command timeout (30 s unless set), around
            // SQLite's own busy_timeout wait; with the same bound for both, the busy timeout is the one that counts.
            DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        }.ToString();

        // Per connection, run when it opens. secure_delete zeroes deleted rows in the file instead of leaving them in
        // free space, because what people say about their pain is health data and "forget me" must not leave it
        // readable. synchronous NORMAL spares each write an fsync: a crash of the process loses nothing, a power cut
        // at worst the last turns' state, and deletes are made durable anyway by the checkpoint that follows them.
        // wal_autocheckpoint 0 leaves checkpoints to WalCheckpointer, off the turns' path.
        _connectionPragmas = string.Create(CultureInfo.InvariantCulture, $"""
            PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds};
            PRAGMA secure_delete = ON;
            PRAGMA synchronous = NORMAL;
            PRAGMA wal_autocheckpoint = 0;
            """);
        Readers = new StateConnectionPool(Open);
    }

    public string Path { get; }

    /// <summary>Connections for reads while the writer's connection is busy.</summary>
    public StateConnectionPool Readers { get; }

    /// <summary>The writer's connection; valid once <see cref="EnsureCreatedAsync"/> has succeeded.</summary>
    public StateWriter Writer => _writer ?? throw new InvalidOperationException("The state file is not open yet.");

    /// <inheritdoc cref="Writer"/>
    public WalCheckpointer Checkpointer => _checkpointer ?? throw new InvalidOperationException("The state file is not open yet.");

    /// <exception cref="StateDatabaseException">The file cannot be used; the message names it.</exception>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_writer is not null)
        {
            return;
        }

        await _creation.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_writer is null)
            {
                Create();
            }
        }
        finally
        {
            _creation.Release();
        }
    }

    public void Dispose()
    {
        // The writer first: it finishes the work it has accepted, which may include a checkpoint's last step.
        _writer?.Dispose();
        _checkpointer?.Dispose();
        Readers.Dispose();
        _creation.Dispose();
    }

    private StateConnection Open() => StateConnection.Open(_connectionString, _connectionPragmas);

    private void Create()
    {
        StateConnection? connection = null;
        try
        {
            // Owner-only before SQLite opens it: SQLite would create it with the umask's mode (often 0644, readable by
            // every user), and gives its -wal and -shm files the mode of the database file.
            OwnerOnlyFiles.CreateFolder(System.IO.Path.GetDirectoryName(Path) ?? ".");
            OwnerOnlyFiles.CreateFile(Path);
            connection = Open();

            // The log lets turns read while another turn writes; the file remembers the mode.
            connection.ExecuteScalar("PRAGMA journal_mode = WAL");

            // Reads every page: damage shows now, as a startup error naming the file, not in some later turn.
            if (!string.Equals(connection.ExecuteScalar("PRAGMA quick_check(1)") as string, "ok", StringComparison.Ordinal))
            {
                throw StateDatabaseException.For(Path, "it is damaged.");
            }

            var version = Convert.ToInt64(connection.ExecuteScalar("PRAGMA user_version"), CultureInfo.InvariantCulture);
            if (version > StateTable.SchemaVersion)
            {
                throw StateDatabaseException.For(Path, $"it was written by a newer BackCareBot (schema version {version}).");
            }

            connection.Execute(StateTable.Create);
            var writer = new StateWriter(connection);
            _checkpointer = new WalCheckpointer(Open, writer);
            _writer = writer;
        }
        catch (SqliteException exception)
        {
            connection?.Dispose();
            throw StateDatabaseException.For(Path, SqliteProblems.Describe(exception), exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            connection?.Dispose();
            throw StateDatabaseException.For(Path, "its folder cannot be created.", exception);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }
}
