using BackCareBot.BotFramework.Logging;
using BackCareBot.BotFramework.Pipeline;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Transcripts.Recording;

/// <summary>
/// When the bot forgets a conversation ("forget me", an uninstall), its recording goes too: the file is deleted, and the
/// turn is marked so that <see cref="TranscriptRecorder"/> does not write the forgetting turn into a new one.
/// </summary>
public sealed partial class RecordingEraser(TranscriptFileStore store, ILogger<RecordingEraser> logger) : IConversationEraser
{
    private const string ForgottenKey = "BackCareBot.Transcripts.Forgotten";

    public async Task EraseAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(ForgottenKey, true);
        var inbound = turnContext.Activity;
        try
        {
            // Not the turn's token: the person asked for it, and a deletion half done helps nobody.
            await store.DeleteAsync(inbound.ChannelId, inbound.Conversation?.Id, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            DeletionFailed(logger, LogSafe.Token(inbound.ChannelId), LogSafe.Hash(inbound.Conversation?.Id), exception.GetType().Name);
        }
    }

    internal static bool IsForgotten(ITurnContext turnContext) => turnContext.TurnState.TryGet<bool>(ForgottenKey, out var forgotten) && forgotten;

    [LoggerMessage(EventId = 6002, Level = LogLevel.Error, Message = "Could not delete the recording of conversation {ConversationHash} on {ChannelId} after it was forgotten: {ErrorType}")]
    private static partial void DeletionFailed(ILogger logger, string channelId, string conversationHash, string errorType);
}
