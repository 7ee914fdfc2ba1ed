using BackCareBot.BotFramework.Storage;

namespace BackCareBot.Conversation.Tests.Support;

/// <summary>Storage where another writer always wins: every write of an existing item is refused.</summary>
internal sealed class ConflictingStorage(IStorage inner) : IStorage
{
    private int _writes;

    public int Writes => Volatile.Read(ref _writes);

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        inner.ReadAsync(keys, cancellationToken);

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        throw new StorageConcurrencyException();
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) => inner.DeleteAsync(keys, cancellationToken);
}
