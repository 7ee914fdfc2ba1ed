namespace BackCareBot.BotFramework.Storage;

public static class StorageExtensions
{
    public static async Task<StoreItem?> ReadAsync(this IStorage storage, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var items = await storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var item) ? item : null;
    }

    /// <summary>Writes one item (see <see cref="IStorage.WriteAsync"/>) and returns its new ETag.</summary>
    public static async Task<string> WriteAsync(this IStorage storage, string key, StoreItem item, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(item);
        var eTags = await storage.WriteAsync(new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [key] = item }, cancellationToken)
            .ConfigureAwait(false);
        return eTags[key];
    }

    public static Task DeleteAsync(this IStorage storage, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return storage.DeleteAsync([key], cancellationToken);
    }
}
