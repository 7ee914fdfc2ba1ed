using BackCareBot.BotFramework.Schema;
using BackCareBot.BotFramework.Storage;

namespace BackCareBot.Conversation.Bot;

/// <summary>
/// Remembers who has been welcomed in a conversation, so a member is welcomed once even when a channel sends both a
/// conversationUpdate and an installationUpdate, or repeats an update. Only channel account ids are stored, and only
/// the most recent <see cref="MaxRemembered"/>: a team of thousands would otherwise grow the record, and the time to
/// read and rewrite it, with every update. Someone forgotten that way and added again is welcomed again, which is
/// the lesser harm.
/// </summary>
public sealed class WelcomeTracker(IStorage storage)
{
    public const int MaxRemembered = 200;

    private const int MaxAttempts = 3;

    /// <summary>Marks the members as welcomed and returns those who had not been before.</summary>
    public async Task<IReadOnlyList<string>> MarkWelcomedAsync(Activity activity, IReadOnlyList<string> memberIds, CancellationToken cancellationToken)
    {
        var key = ConversationKeys.Welcomed(activity);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await storage.ReadAsync(key, cancellationToken).ConfigureAwait(false);
            var welcomed = stored?.As<WelcomedMembers>()?.Ids ?? [];
            var newcomers = memberIds.Where(id => !welcomed.Contains(id, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
            if (newcomers.Count == 0)
            {
                return [];
            }

            try
            {
                var updated = new WelcomedMembers([.. welcomed.Concat(newcomers).TakeLast(MaxRemembered)]);
                await storage.WriteAsync(key, StoreItem.From(updated, stored?.ETag ?? StoreItem.NotStoredETag), cancellationToken).ConfigureAwait(false);
                return newcomers;
            }
            catch (StorageConcurrencyException) when (attempt < MaxAttempts)
            {
                // Another update for the same conversation won the race: read its list and try again.
            }
        }
    }

    private sealed record WelcomedMembers(IReadOnlyList<string> Ids);
}
