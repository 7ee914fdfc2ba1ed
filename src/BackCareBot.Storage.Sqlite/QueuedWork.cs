namespace BackCareBot.Storage.Sqlite;

/// <summary>
/// Work waiting for the writer's connection. It runs once, or is cancelled while it waits; once started it runs to
/// the end, as a statement SQLite has begun cannot be called back.
/// </summary>
internal sealed class QueuedWork
{
    private const int Waiting = 0;
    private const int Started = 1;
    private const int Cancelled = 2;

    private readonly Func<StateConnection, int> _work;
    private readonly TaskCompletionSource<int> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationToken _cancellationToken;
    private CancellationTokenRegistration _registration;
    private int _state;

    public QueuedWork(Func<StateConnection, int> work, CancellationToken cancellationToken)
    {
        _work = work;
        _cancellationToken = cancellationToken;
        _registration = cancellationToken.UnsafeRegister(static work => ((QueuedWork)work!).Cancel(), this);
    }

    public Task<int> Completion => _completion.Task;

    /// <summary>Runs the work unless it was cancelled; its result or exception goes to <see cref="Completion"/>.</summary>
    public void RunOn(StateConnection connection)
    {
        if (Interlocked.CompareExchange(ref _state, Started, Waiting) != Waiting)
        {
            return;
        }

        _registration.Dispose();
        try
        {
            _completion.SetResult(_work(connection));
        }
        catch (Exception exception)
        {
            _completion.SetException(exception);
        }
    }

    private void Cancel()
    {
        if (Interlocked.CompareExchange(ref _state, Cancelled, Waiting) == Waiting)
        {
            _completion.SetCanceled(_cancellationToken);
        }
    }
}
