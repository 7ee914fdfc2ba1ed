using BackCareBot.BotFramework.Schema;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Conversation.Bot;

namespace BackCareBot.Conversation.State;

/// <summary>
/// The dialog-state keys of the people in a shared installation (a team, a group chat), so an uninstall deletes
/// every one of them: the store cannot list keys by prefix. A key is added before its state is first written, so a
/// state never exists unlisted. Only the most recent <see cref="MaxRemembered"/> are kept, as the welcome record does;
/// a state dropped from the list is still deleted by the retention sweep.
/// </summary>
internal sealed class SharedStateIndex(IStorage storage)
{
    public const int MaxRemembered = 500;

    private const int MaxAttempts = 3;

    public Task AddAsync(Activity activity, string stateKey, CancellationToken cancellationToken) =>
        UpdateAsync(activity, keys => keys.Contains(stateKey, StringComparer.Ordinal) ? null : [.. keys.Append(stateKey).TakeLast(MaxRemembered)], cancellationToken);

    public Task RemoveAsync(Activity activity, string stateKey, CancellationToken cancellationToken) =>
        UpdateAsync(activity, keys => keys.Contains(stateKey, StringComparer.Ordinal) ? [.. keys.Where(key => key != stateKey)] : null, cancellationToken);

    public async Task<IReadOnlyList<string>> ReadAsync(Activity activity, CancellationToken cancellationToken)
    {
        var stored = await storage.ReadAsync(ConversationKeys.SharedStates(activity), cancellationToken).ConfigureAwait(false);
        return stored?.As<StateKeys>()?.Keys ?? [];
    }

    /// <param name="change">The new list, or null when there is nothing to change.</param>
    private async Task UpdateAsync(Activity activity, Func<IReadOnlyList<string>, IReadOnlyList<string>?> change, CancellationToken cancellationToken)
    {
        var key = ConversationKeys.SharedStates(activity);
        for (var attempt = 1; ; attempt++)
        {
            var stored = await storage.ReadAsync(key, cancellationToken).ConfigureAwait(false);
            if (change(stored?.As<StateKeys>()?.Keys ?? []) is not { } changed)
            {
                return;
            }

            try
            {
                await storage.WriteAsync(key, StoreItem.From(new StateKeys(changed), stored?.ETag ?? StoreItem.NotStoredETag), cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (StorageConcurrencyException) when (attempt < MaxAttempts)
            {
                // Another person's first turn in the same installation listed their key first: read it and try again.
            }
        }
    }

    private sealed record StateKeys(IReadOnlyList<string> Keys);
}
