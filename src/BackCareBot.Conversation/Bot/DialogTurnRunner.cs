using BackCareBot.BotFramework.Schema;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.State;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Conversation.Bot;

/// <summary>
/// Runs one message as a transaction on the conversation's state: read the state with its ETag, compute the turn,
/// write the new state naming that ETag. When another turn of the same conversation wrote first, the write fails
/// and the turn is computed again on the state that turn left, so neither update is lost. Nothing is sent before the
/// write succeeds, so no reply goes out twice.
/// </summary>
public sealed class DialogTurnRunner(DialogStateStore store, DialogEngine engine, ILogger<DialogTurnRunner> logger)
{
    /// <summary>
    /// Turns of one conversation rarely overlap by more than one; a conversation that keeps losing the race is
    /// better answered by the error boundary's apology than by a turn that never ends.
    /// </summary>
    public const int MaxAttempts = 5;

    /// <exception cref="StorageConcurrencyException">Other turns won the race <see cref="MaxAttempts"/> times.</exception>
    public async Task<TurnResult> RunAsync(Activity activity, string? text, DateTimeOffset messageTime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        for (var attempt = 1; ; attempt++)
        {
            var read = await store.ReadAsync(activity, cancellationToken).ConfigureAwait(false);
            var result = engine.Handle(read.State, text, messageTime);
            try
            {
                await SaveAsync(activity, read, result, cancellationToken).ConfigureAwait(false);
                return result;
            }
            catch (StorageConcurrencyException) when (attempt < MaxAttempts)
            {
                ConversationLog.StateConflict(logger, activity.ChannelId, attempt);
            }
        }
    }

    private async Task SaveAsync(Activity activity, StoredDialogState read, TurnResult result, CancellationToken cancellationToken)
    {
        if (result.ForgetsEverything)
        {
            await store.ForgetAsync(activity, cancellationToken).ConfigureAwait(false);
            ConversationLog.Forgotten(logger, activity.ChannelId);
        }
        else if (read.DocumentExists || !result.State.IsFresh)
        {
            await store.WriteAsync(activity, read, result.State, cancellationToken).ConfigureAwait(false);
        }
    }
}
