using Microsoft.Extensions.Logging;

namespace BackCareBot.Storage.Sqlite;

internal static partial class StateStorageLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Conversation state is kept in the SQLite file {Path}")]
    public static partial void UsingSqlite(ILogger logger, string path);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Conversation state is kept in memory: it is lost on restart and not shared between instances")]
    public static partial void UsingMemory(ILogger logger);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Deleted the state of {Count} conversations idle for more than {RetentionDays} days")]
    public static partial void Expired(ILogger logger, int count, double retentionDays);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Deleting expired conversation state failed; the next sweep tries again")]
    public static partial void SweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Critical, Message = "The conversation state file cannot be used; the bot does not start")]
    public static partial void Unusable(ILogger logger, Exception exception);
}
