using System.Globalization;

namespace BackCareBot.BotFramework.Storage;

/// <summary>Storage in process memory: for development, tests and single-instance deployments that may forget on restart.</summary>
public sealed class MemoryStorage : IExpiringStorage
{
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateTimeOffset> _writtenAt = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly TimeProvider _timeProvider;
    private long _version;

    public MemoryStorage()
        : this(TimeProvider.System)
    {
    }

    /// <param name="timeProvider">Stamps each write, for <see cref="DeleteNotUpdatedSinceAsync"/>.</param>
    public MemoryStorage(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
    }

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

            var now = _timeProvider.GetUtcNow();
            foreach (var (key, document) in documents)
            {
                var eTag = (++_version).ToString(CultureInfo.InvariantCulture);
                _items[key] = new StoreItem(document, eTag);
                _writtenAt[key] = now;
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
                _writtenAt.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    public Task<int> DeleteNotUpdatedSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var expired = _writtenAt.Where(written => written.Value < cutoff).Select(written => written.Key).ToList();
            foreach (var key in expired)
            {
                _items.Remove(key);
                _writtenAt.Remove(key);
            }

            return Task.FromResult(expired.Count);
        }
    }
}
