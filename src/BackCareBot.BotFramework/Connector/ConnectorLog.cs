using Microsoft.Extensions.Logging;

namespace BackCareBot.BotFramework.Connector;

internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning,
        Message = "Bot Connector {Operation} failed with HTTP {StatusCode} ({ErrorCode}), conversation {ConversationHash}")]
    public static partial void CallFailed(ILogger logger, string operation, int statusCode, string errorCode, string conversationHash);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "Bot Connector {Operation} got no answer, conversation {ConversationHash}")]
    public static partial void Unreachable(ILogger logger, Exception exception, string operation, string conversationHash);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning,
        Message = "Bot Connector {Operation} refused: the service URL is not allowed while authentication is off, conversation {ConversationHash}")]
    public static partial void ServiceUrlRefused(ILogger logger, string operation, string conversationHash);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning,
        Message = "Bot Connector {Operation} answered with a body that is not a ResourceResponse, conversation {ConversationHash}")]
    public static partial void UnreadableResponse(ILogger logger, string operation, string conversationHash);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error,
        Message = "No token for the Bot Connector {Operation}, conversation {ConversationHash}")]
    public static partial void TokenFailed(ILogger logger, Exception exception, string operation, string conversationHash);
}
