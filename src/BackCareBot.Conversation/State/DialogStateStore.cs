using BackCareBot.BackCare.Knowledge;
using BackCareBot.BotFramework.Schema;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Conversation.Bot;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Conversation.State;

/// <summary>
/// Reads and writes a conversation's <see cref="DialogState"/> on <see cref="IStorage"/>, in a shared conversation the
/// state of the person who wrote. A document this code cannot read starts the conversation over (logged with the
/// reason, never the content) instead of failing every turn; the write that follows replaces it, conditionally on
/// its ETag like any other write.
/// </summary>
public sealed class DialogStateStore(IStorage storage, KnowledgeBase knowledge, ILogger<DialogStateStore> logger)
{
    private readonly SharedStateIndex _shared = new(storage);

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
    public async Task WriteAsync(Activity activity, StoredDialogState read, DialogState state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var key = ConversationKeys.DialogState(activity);
        if (!read.DocumentExists && SharedConversation.Is(activity))
        {
            await _shared.AddAsync(activity, key, cancellationToken).ConfigureAwait(false);
        }

        await storage.WriteAsync(key, new StoreItem(DialogStateDocument.Write(state), read.ETag), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "Forget me": deletes everything BackCareBot stores about the person. In a one-to-one conversation that is the
    /// conversation's state and welcome record; in a shared one, the person's own state only.
    /// </summary>
    public async Task ForgetAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!SharedConversation.Is(activity))
        {
            await storage.DeleteAsync(ConversationKeys.All(activity), cancellationToken).ConfigureAwait(false);
            return;
        }

        var key = ConversationKeys.DialogState(activity);
        await storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
        await _shared.RemoveAsync(activity, key, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>An uninstall: deletes everything stored about the conversation, in a shared installation every person's state.</summary>
    public async Task ForgetConversationAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (!SharedConversation.Is(activity))
        {
            await storage.DeleteAsync(ConversationKeys.All(activity), cancellationToken).ConfigureAwait(false);
            return;
        }

        var keys = await _shared.ReadAsync(activity, cancellationToken).ConfigureAwait(false);
        IReadOnlyCollection<string> all = [.. keys.Concat([ConversationKeys.DialogState(activity), ConversationKeys.Welcomed(activity), ConversationKeys.SharedStates(activity)]).Distinct(StringComparer.Ordinal)];
        await storage.DeleteAsync(all, cancellationToken).ConfigureAwait(false);
    }
}
