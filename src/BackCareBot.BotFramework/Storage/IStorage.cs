namespace BackCareBot.BotFramework.Storage;

/// <summary>
/// Key/value storage of JSON documents with optimistic concurrency, as the Bot Framework's state storage works.
/// Keys are compared ordinally and may contain any character (Teams ids carry <c>:</c>, <c>@</c>, <c>;</c>).
/// </summary>
public interface IStorage
{
    /// <summary>The stored items among <paramref name="keys"/>; missing keys are simply absent from the result.</summary>
    Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Stores every item, or none (except where a store says otherwise: the Blob store, like the SDK's BlobsStorage,
    /// writes each key as its own blob; BackCareBot writes one key per call). An item whose <see cref="StoreItem.ETag"/> is null or <c>*</c> is written
    /// unconditionally; one whose ETag is <see cref="StoreItem.NotStoredETag"/> only if nothing is stored under its
    /// key; otherwise the ETag must match the stored item's. A failed condition fails the whole write with
    /// <see cref="StorageConcurrencyException"/>. Every write gives the item a new ETag, returned per key.
    /// </summary>
    Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken);

    /// <summary>Removes the keys; keys that are not stored are ignored.</summary>
    Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}
