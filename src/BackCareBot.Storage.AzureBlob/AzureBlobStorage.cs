using System.Globalization;
using System.Net;
using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BackCareBot.BotFramework.Storage;

namespace BackCareBot.Storage.AzureBlob;

/// <summary>
/// <see cref="IStorage"/> on an Azure Blob Storage container, shared by every instance of the bot, as the Bot
/// Framework SDK's <c>BlobsStorage</c> keeps state: one blob per key (named by <see cref="BlobNames"/>), the container
/// created when missing, and optimistic concurrency on the service's own ETags. A write naming an ETag is sent with
/// <c>If-Match</c>, a create-only write with <c>If-None-Match: *</c>; the service checks the condition and stores the
/// blob in one step, so of two instances holding the same ETag exactly one wins, and the other gets
/// <see cref="StorageConcurrencyException"/>. A write naming the ETag of a blob deleted since fails too, so a turn
/// that read the state before "forget me" deleted it cannot bring it back.
/// <para>
/// Each key is its own blob, so a write of several keys is not atomic, as with the SDK's store: each blob is written
/// under its own condition, in order, and the first that fails stops the rest. BackCareBot writes one key per call.
/// </para>
/// </summary>
public sealed class AzureBlobStorage : IExpiringStorage
{
    /// <summary>Blob metadata holding when the bot wrote the blob, by its own clock (ISO 8601, UTC).</summary>
    internal const string WrittenAtMetadata = "writtenat";

    private readonly BlobContainerClient _container;
    private readonly TimeProvider _timeProvider;
    private volatile bool _created;

    /// <param name="container">The container; created on first use when missing.</param>
    /// <param name="timeProvider">Stamps each write, for <see cref="DeleteNotUpdatedSinceAsync"/>.</param>
    public AzureBlobStorage(BlobContainerClient container, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _container = container;
        _timeProvider = timeProvider;
    }

    public string ContainerName => _container.Name;

    public Uri ContainerUri => _container.Uri;

    /// <summary>
    /// Creates the container when missing. Every operation does this on first use; the host calls it at startup so
    /// that a wrong account, container name or missing role stops the start instead of failing every turn.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        // Two first operations may both ask; creating a container that exists is a no-op, so no lock is needed.
        if (_created)
        {
            return;
        }

        try
        {
            await _container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.Forbidden)
        {
            // An identity granted the data role on the container alone may not create containers; if the container is
            // there already, that is all it needs.
            if (!(await _container.ExistsAsync(cancellationToken).ConfigureAwait(false)).Value)
            {
                throw;
            }
        }

        _created = true;
    }

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var names = keys.Select(key => (Key: key, Name: BlobNames.For(key))).ToList();
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var reads = names.Select(entry => ReadOneAsync(entry.Name, cancellationToken)).ToList();
        var items = await Task.WhenAll(reads).ConfigureAwait(false);
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            if (items[i] is { } item)
            {
                found[names[i].Key] = item;
            }
        }

        return found;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var writes = changes.Select(change => (change.Key, Name: BlobNames.For(change.Key), Item: change.Value ?? throw new ArgumentException("A stored item must not be null.", nameof(changes)))).ToList();
        foreach (var write in writes)
        {
            if (write.Item.Document.ValueKind == JsonValueKind.Undefined)
            {
                throw new ArgumentException("A stored document must be a JSON value.", nameof(changes));
            }
        }

        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var eTags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var write in writes)
        {
            eTags[write.Key] = await WriteOneAsync(write.Name, write.Item, cancellationToken).ConfigureAwait(false);
        }

        return eTags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var names = keys.Select(BlobNames.For).ToList();
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await Task.WhenAll(names.Select(name => _container.DeleteBlobIfExistsAsync(name, DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>
    /// Lists the container and deletes each blob last written before <paramref name="cutoff"/>, on the condition that
    /// it is still the version listed: a turn that writes the blob meanwhile keeps it.
    /// </summary>
    public async Task<int> DeleteNotUpdatedSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var deleted = 0;
        await foreach (var blob in _container.GetBlobsAsync(BlobTraits.Metadata, BlobStates.None, prefix: null, cancellationToken).ConfigureAwait(false))
        {
            if (WrittenAt(blob) >= cutoff)
            {
                continue;
            }

            try
            {
                var conditions = new BlobRequestConditions { IfMatch = blob.Properties.ETag };
                var response = await _container.DeleteBlobIfExistsAsync(blob.Name, DeleteSnapshotsOption.IncludeSnapshots, conditions, cancellationToken).ConfigureAwait(false);
                deleted += response.Value ? 1 : 0;
            }
            catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.PreconditionFailed)
            {
                // Written since it was listed: the conversation is active again.
            }
        }

        return deleted;
    }

    private async Task<StoreItem?> ReadOneAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            using var document = JsonDocument.Parse(response.Value.Content.ToMemory());
            return new StoreItem(document.RootElement.Clone(), response.Value.Details.ETag.ToString());
        }
        catch (RequestFailedException exception) when (exception.Status == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task<string> WriteOneAsync(string name, StoreItem item, CancellationToken cancellationToken)
    {
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Metadata = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [WrittenAtMetadata] = _timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            },
            Conditions = item.ETag switch
            {
                null or StoreItem.AnyETag => null,
                StoreItem.NotStoredETag => new BlobRequestConditions { IfNoneMatch = ETag.All },
                var eTag => new BlobRequestConditions { IfMatch = new ETag(eTag) },
            },
        };

        try
        {
            var content = BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(item.Document));
            var response = await _container.GetBlobClient(name).UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
            return response.Value.ETag.ToString();
        }
        catch (RequestFailedException exception) when (IsConditionFailure(exception))
        {
            throw new StorageConcurrencyException("The stored item was changed or deleted since it was read (ETag mismatch).", exception);
        }
    }

    /// <summary>
    /// 412 for a stale <c>If-Match</c>, 409 for <c>If-None-Match: *</c> on a blob that exists, and 404 for an
    /// <c>If-Match</c> on a blob that no longer exists, where a service answers that instead of 412.
    /// </summary>
    private static bool IsConditionFailure(RequestFailedException exception) =>
        exception.Status is (int)HttpStatusCode.PreconditionFailed or (int)HttpStatusCode.Conflict
        || (exception.Status == (int)HttpStatusCode.NotFound && exception.ErrorCode != BlobErrorCode.ContainerNotFound);

    /// <summary>The bot's own stamp, or the service's last-modified time for a blob written by something else.</summary>
    private static DateTimeOffset WrittenAt(BlobItem blob) =>
        blob.Metadata is not null
        && blob.Metadata.TryGetValue(WrittenAtMetadata, out var stamp)
        && DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var writtenAt)
            ? writtenAt
            : blob.Properties.LastModified ?? DateTimeOffset.MaxValue;
}
