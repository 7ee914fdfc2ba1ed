using Microsoft.Extensions.Logging;

namespace BackCareBot.BotFramework.Pipeline;

internal static partial class PipelineLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Error,
        Message = "Turn failed: {ActivityType} activity on channel {ChannelId}, conversation {ConversationHash}")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string activityType, string channelId, string conversationHash);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Error,
        Message = "Resetting the conversation after a failed turn failed: conversation {ConversationHash}")]
    public static partial void ResetFailed(ILogger logger, Exception exception, string conversationHash);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Error,
        Message = "Sending the apology after a failed turn failed: conversation {ConversationHash}")]
    public static partial void ApologyFailed(ILogger logger, Exception exception, string conversationHash);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning,
        Message = "No apology sent: the channel was unreachable, conversation {ConversationHash}")]
    public static partial void ApologySkipped(ILogger logger, string conversationHash);
}
