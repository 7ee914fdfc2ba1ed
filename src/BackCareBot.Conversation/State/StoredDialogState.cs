using BackCareBot.BotFramework.Storage;

namespace BackCareBot.Conversation.State;

/// <summary>A conversation's state as read, with the ETag a write must name so it cannot overwrite a concurrent turn.</summary>
/// <param name="State">The state (fresh when nothing usable was stored).</param>
/// <param name="ETag">
/// The stored document's ETag; <see cref="StoreItem.NotStoredETag"/> when there was no document, so the first write
/// creates it only if no concurrent turn did.
/// </param>
public sealed record StoredDialogState(DialogState State, string ETag)
{
    public bool DocumentExists => ETag != StoreItem.NotStoredETag;
}
