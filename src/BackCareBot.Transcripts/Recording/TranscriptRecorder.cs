using BackCareBot.BotFramework.Logging;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Transcripts.Recording;

/// <summary>
/// Records each conversation as a <c>.transcript</c> file, as the SDK's transcript logger middleware does: the
/// incoming activity as it arrived, every activity the bot sends after it is sent, roles set (<c>user</c> and
/// <c>bot</c>) where missing, ids and timestamps kept (a missing timestamp is now). The turn is written when it ends;
/// what the error boundary sends afterwards (the apology) is appended on its own. A recording that fails is logged and
/// never fails the turn. When the bot forgets the conversation ("forget me", an uninstall), its recording is deleted
/// and the forgetting turn is not written, so no file of it is left.
/// </summary>
public sealed partial class TranscriptRecorder(TranscriptFileStore store, TimeProvider timeProvider, ILogger<TranscriptRecorder> logger) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, ContinueTurn continueTurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(continueTurn);

        // A copy now: the bot may change the incoming activity (removing a Teams mention from its text, say).
        var inbound = turnContext.Activity;
        var turn = new List<Activity> { Snapshot(inbound, RoleTypes.User, RoleTypes.Bot) };
        var ended = false;
        turnContext.OnSendActivities(async (context, activities, next) =>
        {
            var responses = await next().ConfigureAwait(false);
            var sent = activities.Where(IsRecorded).Select(activity => Snapshot(activity, RoleTypes.Bot, RoleTypes.User)).ToList();
            if (IsForgotten(context))
            {
                return responses;
            }

            if (ended)
            {
                await WriteAsync(inbound, sent).ConfigureAwait(false);
            }
            else
            {
                turn.AddRange(sent);
            }

            return responses;
        });

        try
        {
            await continueTurn(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ended = true;
            if (!IsForgotten(turnContext))
            {
                await WriteAsync(inbound, turn).ConfigureAwait(false);
            }
        }
    }

    private static bool IsForgotten(ITurnContext turnContext) => RecordingEraser.IsForgotten(turnContext);

    // Pseudo-activities never reach a channel, so a conversation never contained them.
    private static bool IsRecorded(Activity activity) =>
        !activity.IsType(ActivityTypes.Delay) && !activity.IsType(ActivityTypes.InvokeResponse);

    private Activity Snapshot(Activity activity, string fromRole, string recipientRole)
    {
        var copy = TranscriptJson.Copy(activity);
        copy.Timestamp ??= timeProvider.GetUtcNow();
        copy.DeliveryMode = null;
        if (copy.From is not null)
        {
            copy.From.Role ??= fromRole;
        }
        else
        {
            copy.From = new ChannelAccount { Role = fromRole };
        }

        if (copy.Recipient is not null)
        {
            copy.Recipient.Role ??= recipientRole;
        }

        return copy;
    }

    private async Task WriteAsync(Activity inbound, IReadOnlyList<Activity> activities)
    {
        try
        {
            // Not the turn's token: a turn cancelled half way still happened, and its record should say so.
            await store.AppendAsync(inbound.ChannelId, inbound.Conversation?.Id, activities, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            RecordingFailed(logger, LogSafe.Token(inbound.ChannelId), LogSafe.Hash(inbound.Conversation?.Id), exception.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Could not record a turn of conversation {ConversationHash} on {ChannelId}: {ErrorType}")]
    private static partial void RecordingFailed(ILogger logger, string channelId, string conversationHash, string errorType);
}
