using Microsoft.Extensions.Logging;

namespace BackCareBot.DirectLine.AzureBotService;

/// <summary>The token exchange's log records: status codes and error kinds, never the secret, a token or a user id.</summary>
internal static partial class AzureTokenLog
{
    [LoggerMessage(EventId = 3020, Level = LogLevel.Warning, Message = "Azure Direct Line refused the token request: {StatusCode} (check DirectLine:Secret and DirectLine:AzureBaseUrl)")]
    public static partial void Refused(ILogger logger, int statusCode);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Warning, Message = "Azure Direct Line's token answer had no token, conversation id or lifetime")]
    public static partial void Unreadable(ILogger logger);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Warning, Message = "Azure Direct Line could not be reached for a token: {Error}")]
    public static partial void Unreachable(ILogger logger, HttpRequestError error);
}
