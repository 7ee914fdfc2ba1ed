using BackCareBot.BotFramework.Logging;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.DirectLine.Conversations;
using Microsoft.Extensions.Logging;

namespace BackCareBot.DirectLine;

/// <summary>
/// Direct Line's log records. Conversations appear as <see cref="LogSafe.Hash"/> tags; tokens, user ids and activity
/// content never appear.
/// </summary>
internal static partial class DirectLineLog
{
    public static void ConversationStarted(ILogger logger, string conversationId)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var conversationHash = LogSafe.Hash(conversationId);
            ConversationStartedCore(logger, conversationHash);
        }
    }

    public static void ConversationEvicted(ILogger logger, string conversationId)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var conversationHash = LogSafe.Hash(conversationId);
            ConversationEvictedCore(logger, conversationHash);
        }
    }

    public static void ConversationEvictedForMemory(ILogger logger, string conversationId)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var conversationHash = LogSafe.Hash(conversationId);
            ConversationEvictedForMemoryCore(logger, conversationHash);
        }
    }

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "{Count} expired Direct Line conversations deleted, {Remaining} remain")]
    public static partial void ConversationsExpired(ILogger logger, int count, int remaining);

    public static void TurnFailed(ILogger logger, string conversationId, TurnOutcome outcome)
    {
        if (logger.IsEnabled(LogLevel.Warning))
        {
            var conversationHash = LogSafe.Hash(conversationId);
            TurnFailedCore(logger, conversationHash, outcome);
        }
    }

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Direct Line request refused: {StatusCode} {ErrorCode}")]
    public static partial void Refused(ILogger logger, int statusCode, string errorCode);

    public static void StreamOpened(ILogger logger, string conversationId)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var conversationHash = LogSafe.Hash(conversationId);
            StreamOpenedCore(logger, conversationHash);
        }
    }

    public static void StreamClosed(ILogger logger, string conversationId, StreamEndReason reason)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var conversationHash = LogSafe.Hash(conversationId);
            StreamClosedCore(logger, conversationHash, reason);
        }
    }

    public static void BodyUnreadable(ILogger logger, Exception exception)
    {
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var errorType = exception.GetType().Name;
            BodyUnreadableCore(logger, errorType);
        }
    }

    [LoggerMessage(EventId = 3012, Level = LogLevel.Debug, Message = "Direct Line request body could not be read to its end ({ErrorType}): answered 400")]
    private static partial void BodyUnreadableCore(ILogger logger, string errorType);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Error, Message = "Direct Line request failed unexpectedly")]
    public static partial void UnexpectedFailure(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationHash} started")]
    private static partial void ConversationStartedCore(ILogger logger, string conversationHash);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationHash} evicted: the conversation limit was reached")]
    private static partial void ConversationEvictedCore(ILogger logger, string conversationHash);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Information, Message = "Direct Line conversation {ConversationHash} evicted: all conversations' history reached DirectLine:MaxTotalBytes")]
    private static partial void ConversationEvictedForMemoryCore(ILogger logger, string conversationHash);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Direct Line turn in conversation {ConversationHash} ended {Outcome}")]
    private static partial void TurnFailedCore(ILogger logger, string conversationHash, TurnOutcome outcome);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Debug, Message = "Direct Line stream for conversation {ConversationHash} opened")]
    private static partial void StreamOpenedCore(ILogger logger, string conversationHash);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Debug, Message = "Direct Line stream for conversation {ConversationHash} closed: {Reason}")]
    private static partial void StreamClosedCore(ILogger logger, string conversationHash, StreamEndReason reason);
}
