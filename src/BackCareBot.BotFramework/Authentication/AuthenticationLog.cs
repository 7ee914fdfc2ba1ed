using Microsoft.Extensions.Logging;

namespace BackCareBot.BotFramework.Authentication;

internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 2100, Level = LogLevel.Warning,
        Message = "Bot Framework authentication is OFF: MicrosoftAppId is empty, so requests without a token are accepted and replies carry no token. Use this only for local development and the Emulator.")]
    public static partial void AuthenticationOff(ILogger logger);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information,
        Message = "Bot Framework authentication is on for app {AppId} ({AppType}).")]
    public static partial void AuthenticationOn(ILogger logger, string appId, MicrosoftAppType appType);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Fetched {KeyCount} signing keys from {MetadataAddress}.")]
    public static partial void SigningKeysFetched(ILogger logger, int keyCount, string metadataAddress);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Warning, Message = "Could not fetch signing keys from {MetadataAddress}.")]
    public static partial void SigningKeysFetchFailed(ILogger logger, string metadataAddress, Exception exception);
}
