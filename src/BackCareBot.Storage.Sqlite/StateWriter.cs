namespace BackCareBot.Storage.Sqlite;

/// <summary>
/// The one connection this process writes with, used by one caller at a time. SQLite lets one connection write at a
/// time anyway; queueing this process's writers here, asynchronously and cancellably, keeps them out of SQLite's busy
/// wait, which blocks a thread and sleeps in growing steps, and leaves that wait to writers from other processes.
/// The caller that finds the connection free runs its work at once on its own thread, then the work queued behind it,
/// so a write that meets no other costs no thread switch, and queued writes run back to back on one warm thread.
/// </summary>
internal sealed class StateWriter(StateConnection connection) : IDisposable
{
    /// <summary>How much queued work one caller runs for others before it hands the rest to the thread pool.</summary>
    private const int MaxQueuedRunsPerCaller = 16;

    private readonly Queue<QueuedWork> _queue = new();
    private readonly object _lock = new();
    private bool _running;
    private bool _disposed;

    /// <summary>Runs <paramref name="work"/> on the connection once it is free; cancelling stops it only while it waits.</summary>
    public Task<int> RunAsync(Func<StateConnection, int> work, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<int>(cancellationToken);
        }

        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_running)
            {
                var queued = new QueuedWork(work, cancellationToken);
                _queue.Enqueue(queued);
                return queued.Completion;
            }

            _running = true;
        }

        try
        {
            return Task.FromResult(work(connection));
        }
        catch (Exception exception)
        {
            return Task.FromException<int>(exception);
        }
        finally
        {
            RunQueued();
        }
    }

    /// <summary>Runs <paramref name="work"/> now if the connection is free; false, without running it, if not.</summary>
    public bool TryRunNow<T>(Func<StateConnection, T> work, out T result)
    {
        lock (_lock)
        {
            if (_running || _disposed)
            {
                result = default!;
                return false;
            }

            _running = true;
        }

        try
        {
            result = work(connection);
            return true;
        }
        finally
        {
            RunQueued();
        }
    }

    /// <summary>Waits for the work already accepted to finish, then closes the connection.</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            while (_running)
            {
                Monitor.Wait(_lock);
            }
        }

        connection.Dispose();
    }

    private void RunQueued()
    {
        for (var runs = 0; ; runs++)
        {
            QueuedWork? next;
            lock (_lock)
            {
                if (_queue.Count == 0)
                {
                    _running = false;
                    Monitor.PulseAll(_lock);
                    return;
                }

                next = runs < MaxQueuedRunsPerCaller ? _queue.Dequeue() : null;
            }

            if (next is null)
            {
                // This caller's own operation is done; let it go on with its turn, and a pool thread with the queue.
                ThreadPool.UnsafeQueueUserWorkItem(static writer => writer.RunQueued(), this, preferLocal: false);
                return;
            }

            next.RunOn(connection);
        }
    }
}
