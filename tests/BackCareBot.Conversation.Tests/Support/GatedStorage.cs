using BackCareBot.BotFramework.Storage;

namespace BackCareBot.Conversation.Tests.Support;

/// <summary>
/// Storage that holds the next <c>n</c> reads until all <c>n</c> have arrived, so that many turns read the same
/// state before any of them writes: the interleaving that loses updates when a writer ignores ETags.
/// Counts the writes refused for a stale ETag.
/// </summary>
internal sealed class GatedStorage(IStorage inner) : IStorage
{
    private readonly Lock _gate = new();
    private TaskCompletionSource? _allArrived;
    private int _waiting;
    private int _expected;
    private int _conflicts;

    public int Conflicts => Volatile.Read(ref _conflicts);

    /// <summary>The next <paramref name="readers"/> reads wait for each other.</summary>
    public void HoldReads(int readers)
    {
        lock (_gate)
        {
            _expected = readers;
            _waiting = 0;
            _allArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var items = await inner.ReadAsync(keys, cancellationToken);
        Task? wait = null;
        lock (_gate)
        {
            if (_allArrived is { } arrived && _waiting < _expected)
            {
                if (++_waiting == _expected)
                {
                    arrived.SetResult();
                    _allArrived = null;
                }

                wait = arrived.Task;
            }
        }

        if (wait is not null)
        {
            await wait.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }

        return items;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        try
        {
            return await inner.WriteAsync(changes, cancellationToken);
        }
        catch (StorageConcurrencyException)
        {
            Interlocked.Increment(ref _conflicts);
            throw;
        }
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);
}
