namespace BackCareBot.Storage;

internal static partial class StateStorageLog
{
    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Conversation state is kept in the SQLite file {Path}")]
    public static partial void UsingSqlite(ILogger logger, string path);

    [LoggerMessage(EventId = 7002, Level = LogLevel.Warning, Message = "Conversation state is kept in memory: it is lost on restart and not shared between instances")]
    public static partial void UsingMemory(ILogger logger);

    [LoggerMessage(EventId = 7006, Level = LogLevel.Information, Message = "Conversation state is kept in the Azure Blob container {ContainerUri}")]
    public static partial void UsingAzureBlob(ILogger logger, Uri containerUri);

    [LoggerMessage(EventId = 7004, Level = LogLevel.Information, Message = "Deleted the state of {Count} conversations idle for more than {RetentionDays} days")]
    public static partial void Expired(ILogger logger, int count, double retentionDays);

    [LoggerMessage(EventId = 7005, Level = LogLevel.Warning, Message = "Deleting expired conversation state failed; the next sweep tries again")]
    public static partial void SweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7007, Level = LogLevel.Warning, Message = "The state store {StoreType} cannot tell how old its items are: Storage:Retention is not applied")]
    public static partial void RetentionUnsupported(ILogger logger, string storeType);

    [LoggerMessage(EventId = 7003, Level = LogLevel.Critical, Message = "The conversation state store cannot be used; the bot does not start")]
    public static partial void Unusable(ILogger logger, Exception exception);
}
