namespace BackCareBot.DirectLine.Conversations;

/// <summary>
/// One activity as clients receive it, serialized once when it is logged: later changes to the object cannot alter
/// what was delivered, and every delivery writes the same bytes.
/// </summary>
/// <param name="LiveOnly">Typing indicators: sent to an open WebSocket as they happen, never replayed or polled.</param>
internal sealed record LoggedActivity(long Sequence, string Id, byte[] Json, bool LiveOnly);
