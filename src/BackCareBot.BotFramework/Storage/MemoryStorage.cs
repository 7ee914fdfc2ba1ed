using System.Globalization;

namespace BackCareBot.BotFramework.Storage;

/// <summary>Storage in process memory: for development, tests and single-instance deployments that may forget on restart.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageKeys.Validate(keys);
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    found[key] = item;
                }
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        StorageKeys.Validate(changes.Keys);

        // Detached copies: the caller's JsonDocument may be disposed after the write.
        var documents = changes.ToDictionary(change => change.Key, change => change.Value.Document.Clone(), StringComparer.Ordinal);
        var eTags = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_gate)
        {
            foreach (var (key, change) in changes)
            {
                if (change.IsUnconditional)
                {
                    continue;
                }

                var exists = _items.TryGetValue(key, out var stored);
                var conflict = change.IsCreateOnly ? exists : !exists || !string.Equals(stored!.ETag, change.ETag, StringComparison.Ordinal);
                if (conflict)
                {
                    throw new StorageConcurrencyException();
                }
            }

            foreach (var (key, document) in documents)
            {
                var eTag = (++_version).ToString(CultureInfo.InvariantCulture);
                _items[key] = new StoreItem(document, eTag);
                eTags[key] = eTag;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, string>>(eTags);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        StorageKeys.Validate(keys);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
