namespace BackCareBot.Storage.Sqlite;

/// <summary>
/// Open, configured connections for reads that find the writer's connection busy, so a read never waits for a write
/// (WAL lets them run side by side). Connections are kept open between reads, most recently used first, up to a few
/// per core; one opened for a burst beyond that is closed when returned.
/// </summary>
internal sealed class StateConnectionPool(Func<StateConnection> open) : IDisposable
{
    private static readonly int MaxIdle = Math.Max(4, 2 * Environment.ProcessorCount);

    private readonly Stack<StateConnection> _idle = new();
    private readonly Lock _lock = new();
    private bool _disposed;

    public StateConnection Rent()
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_idle.TryPop(out var connection))
            {
                return connection;
            }
        }

        return open();
    }

    /// <summary>Takes a rented connection back; after <see cref="Dispose"/> it is closed instead.</summary>
    public void Return(StateConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        lock (_lock)
        {
            if (!_disposed && _idle.Count < MaxIdle)
            {
                _idle.Push(connection);
                return;
            }
        }

        connection.Dispose();
    }

    public void Dispose()
    {
        StateConnection[] idle;
        lock (_lock)
        {
            _disposed = true;
            idle = [.. _idle];
            _idle.Clear();
        }

        foreach (var connection in idle)
        {
            connection.Dispose();
        }
    }
}
