using BackCareBot.BackCare.Knowledge;
using BackCareBot.BotFramework.Schema;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Conversation.Bot;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Conversation.State;

/// <summary>
/// Reads and writes a conversation's <see cref="DialogState"/> on <see cref="IStorage"/>. A document this code cannot
/// read starts the conversation over (logged with the reason, never the content) instead of failing every turn; the
/// write that follows replaces it, conditionally on its ETag like any other write.
/// </summary>
public sealed class DialogStateStore(IStorage storage, KnowledgeBase knowledge, ILogger<DialogStateStore> logger)
{
    public async Task<StoredDialogState> ReadAsync(Activity activity, CancellationToken cancellationToken)
    {
        var item = await storage.ReadAsync(ConversationKeys.DialogState(activity), cancellationToken).ConfigureAwait(false);
        if (item is null)
        {
            // Created only if no other turn created it meanwhile: two first turns must not overwrite each other.
            return new StoredDialogState(DialogState.Fresh, StoreItem.NotStoredETag);
        }

        // A document written without an ETag still exists; "*" keeps the replacing write possible.
        var eTag = item.ETag ?? StoreItem.AnyETag;
        if (DialogStateDocument.TryRead(item.Document, knowledge, out var problem) is { } state)
        {
            return new StoredDialogState(state, eTag);
        }

        ConversationLog.StateDiscarded(logger, activity.ChannelId, problem);
        return new StoredDialogState(DialogState.Fresh, eTag);
    }

    /// <exception cref="StorageConcurrencyException">Another turn wrote the state after <paramref name="read"/> was read.</exception>
    public Task WriteAsync(Activity activity, StoredDialogState read, DialogState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var item = new StoreItem(DialogStateDocument.Write(state), read.ETag);
        return storage.WriteAsync(ConversationKeys.DialogState(activity), item, cancellationToken);
    }

    /// <summary>Deletes everything BackCareBot stores about the conversation and the people in it.</summary>
    public Task ForgetAsync(Activity activity, CancellationToken cancellationToken) =>
        storage.DeleteAsync(ConversationKeys.All(activity), cancellationToken);
}
