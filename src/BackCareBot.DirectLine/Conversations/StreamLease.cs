namespace BackCareBot.DirectLine.Conversations;

/// <summary>The right of one WebSocket to be its conversation's stream, until it is taken away.</summary>
internal sealed class StreamLease : IDisposable
{
    private const int NotEnded = -1;

    private readonly CancellationTokenSource _ended = new();
    private int _reason = NotEnded;

    public CancellationToken Ended => _ended.Token;

    /// <summary>Why the conversation ended the lease, or null while it has not.</summary>
    public StreamEndReason? Reason => Volatile.Read(ref _reason) is var reason and not NotEnded ? (StreamEndReason)reason : null;

    public void End(StreamEndReason reason)
    {
        if (Interlocked.CompareExchange(ref _reason, (int)reason, NotEnded) != NotEnded)
        {
            return;
        }

        try
        {
            _ended.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The socket finished at the same moment; there is nothing left to stop.
        }
    }

    public void Dispose()
    {
        Interlocked.CompareExchange(ref _reason, (int)StreamEndReason.ClientGone, NotEnded);
        _ended.Dispose();
    }
}
