using Microsoft.Data.Sqlite;

namespace BackCareBot.Storage.Sqlite;

/// <summary>
/// Checkpoints the write-ahead log off the turns' path. SQLite's automatic checkpoint runs inside the commit that
/// crosses its threshold and fsyncs the log and the file while that turn holds the write lock, so every other writer
/// queues behind it; the connections are opened with it off. Instead, every <see cref="CommitsBetweenCheckpoints"/>
/// commits, a pool thread copies the log into the file (a passive checkpoint, beside reads and writes), then, queued
/// as the writer's work between two writes, copies the few pages written meanwhile. That second step completes the
/// checkpoint, so SQLite starts the log over and it stays short.
/// </summary>
internal sealed class WalCheckpointer(Func<StateConnection> open, StateWriter writer) : IDisposable
{
    /// <summary>
    /// About 4 MB of log at one 4 KB page per turn, SQLite's own threshold. Each completion holds the writer's
    /// connection for two fsyncs, so checkpointing more often shows in the turns' latency (twice as often: about
    /// 5 µs more per turn on average here).
    /// </summary>
    public const int CommitsBetweenCheckpoints = 1000;

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly Lock _lock = new();
    private StateConnection? _connection;
    private long _commits;
    private int _scheduled;
    private volatile bool _erasePending;
    private bool _disposed;

    /// <summary>Checkpoints completed on the writer's connection, after which SQLite starts the log over; for tests.</summary>
    public int Completed { get; private set; }

    /// <summary>
    /// Counts a commit; called as the writer's work. Starts a checkpoint when it is time, or runs one here and
    /// now when the one started last time has not even begun (the thread pool is starved), which bounds the log at
    /// about twice <see cref="CommitsBetweenCheckpoints"/> pages whatever the load.
    /// </summary>
    public void CommitDone()
    {
        if (Interlocked.Increment(ref _commits) % CommitsBetweenCheckpoints == 0 && !Schedule())
        {
            Finish();
        }
    }

    /// <summary>
    /// After a delete: secure_delete zeroed the deleted rows in the pages the delete wrote, but the log still holds
    /// the earlier copies of those pages. A truncating checkpoint copies the new pages into the file, empties the log
    /// and syncs both, which also makes the delete durable. It runs whatever the caller's token says: the delete has
    /// committed, and its erasure should not be half done. Called on the writer's connection, so no write of this
    /// process comes between. When another process keeps it from completing, the next checkpoints truncate instead of
    /// copying, until one completes.
    /// </summary>
    public void Erase()
    {
        lock (_lock)
        {
            _erasePending = !TryCheckpoint("TRUNCATE");
        }

        if (_erasePending)
        {
            _ = Schedule();
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _connection?.Dispose();
            _connection = null;
        }
    }

    /// <summary>False when a background checkpoint is already waiting to start.</summary>
    private bool Schedule()
    {
        if (Interlocked.Exchange(ref _scheduled, 1) != 0)
        {
            return false;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static checkpointer => checkpointer.CopyInBackground(), this, preferLocal: false);
        return true;
    }

    private void CopyInBackground()
    {
        // Cleared first, so that commits while this runs can start the next one.
        Volatile.Write(ref _scheduled, 0);
        try
        {
            lock (_lock)
            {
                if (_disposed)
                {
                    return;
                }

                if (!_erasePending)
                {
                    TryCheckpoint("PASSIVE");
                }
            }

            // Even when this copied the whole log, a write may have begun meanwhile on the old state of the log, and
            // SQLite starts the log over only for a write that begins with all of it in the file.
            _ = writer.RunAsync(_ => Finish(), CancellationToken.None);
        }
        catch (Exception exception) when (exception is SqliteException or ObjectDisposedException)
        {
            // The file is failing or closing; the next checkpoint, or closing the file, catches the log up.
        }
    }

    /// <summary>Runs as the writer's work, so no write of this process makes the log grow meanwhile; returns 0.</summary>
    private int Finish()
    {
        lock (_lock)
        {
            if (_disposed)
            {
                return 0;
            }

            try
            {
                var complete = TryCheckpoint(_erasePending ? "TRUNCATE" : "PASSIVE");
                _erasePending &= !complete;
                Completed += complete ? 1 : 0;
            }
            catch (SqliteException)
            {
                // The file is failing; the next checkpoint, or closing the file, catches the log up.
            }
        }

        return 0;
    }

    /// <summary>True when the whole log was copied into the file.</summary>
    private bool TryCheckpoint(string mode)
    {
        try
        {
            _connection ??= open();
            return _connection.Checkpoint(mode);
        }
        catch (SqliteException exception) when (exception.SqliteErrorCode is SqliteBusy or SqliteLocked)
        {
            return false;
        }
    }
}
