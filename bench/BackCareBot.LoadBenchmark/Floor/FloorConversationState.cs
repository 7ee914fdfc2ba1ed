using System.Text.Json;
using BackCareBot.BotFramework.Storage;

namespace BackCareBot.LoadBenchmark.Floor;

/// <summary>
/// The state work of a turn, as the bot does it and nothing more: read the conversation's document with its ETag,
/// write the next one naming that ETag (or only if it is still absent), on the same store, in its default SQLite
/// form. With it the floor measures what a durable bot turn costs before the bot does anything.
/// </summary>
internal sealed class FloorConversationState(IStorage storage)
{
    private const string ShownAdvice = "glute-self-massage";

    /// <summary>False when another turn of the conversation wrote first.</summary>
    public async Task<bool> AdvanceAsync(FloorActivity activity, CancellationToken cancellationToken)
    {
        var key = $"conversation/{activity.ChannelId}/{activity.Conversation!.Id}";
        var stored = await storage.ReadAsync(key, cancellationToken);
        var turns = stored?.Document.Deserialize(FloorJsonContext.Default.FloorState)?.Turns ?? 0;
        var next = JsonSerializer.SerializeToElement(new FloorState(1, turns + 1, ShownAdvice, [ShownAdvice]), FloorJsonContext.Default.FloorState);
        try
        {
            await storage.WriteAsync(key, new StoreItem(next, stored?.ETag ?? StoreItem.NotStoredETag), cancellationToken);
            return true;
        }
        catch (StorageConcurrencyException)
        {
            return false;
        }
    }
}
