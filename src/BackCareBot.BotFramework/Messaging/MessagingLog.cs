using BackCareBot.BotFramework.Logging;
using BackCareBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace BackCareBot.BotFramework.Messaging;

internal static partial class MessagingLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Activity refused with HTTP {StatusCode}: {Reason}")]
    public static partial void Refused(ILogger logger, int statusCode, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning,
        Message = "Authentication failed for a {ActivityType} activity on channel {ChannelId}: {Reason}")]
    public static partial void AuthenticationFailed(ILogger logger, string activityType, string channelId, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning,
        Message = "Activity refused: its serviceUrl is neither loopback nor allowed while authentication is off; channel {ChannelId}, conversation {ConversationHash}")]
    public static partial void ServiceUrlRefused(ILogger logger, string channelId, string conversationHash);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Error, Message = "Authentication is unavailable: the signing keys could not be fetched")]
    public static partial void AuthenticationUnavailable(ILogger logger, Exception exception);

    public static void BodyUnreadable(ILogger logger, Exception exception)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var errorType = exception.GetType().Name;
            BodyUnreadableCore(logger, errorType);
        }
    }

    [LoggerMessage(EventId = 1007, Level = LogLevel.Debug, Message = "Request body could not be read to its end ({ErrorType}): answered 400")]
    private static partial void BodyUnreadableCore(ILogger logger, string errorType);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Error, Message = "Processing an activity failed unexpectedly")]
    public static partial void UnexpectedFailure(ILogger logger, Exception exception);

    public static void Processed(ILogger logger, Activity activity, int statusCode)
    {
        // Hashing the conversation id costs more than a disabled debug log should.
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var activityType = LogSafe.Token(activity.Type);
            var channelId = LogSafe.Token(activity.ChannelId);
            var conversationHash = LogSafe.Hash(activity.Conversation?.Id);
            ProcessedCore(logger, activityType, channelId, conversationHash, statusCode);
        }
    }

    [LoggerMessage(EventId = 1006, Level = LogLevel.Debug,
        Message = "Processed a {ActivityType} activity on channel {ChannelId}, conversation {ConversationHash}: HTTP {StatusCode}")]
    private static partial void ProcessedCore(ILogger logger, string activityType, string channelId, string conversationHash, int statusCode);
}
