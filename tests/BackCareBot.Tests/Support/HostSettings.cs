namespace BackCareBot.Tests.Support;

/// <summary>
/// Settings every test host starts from: authentication off, its own state file, connector retries fast enough for tests, and every
/// log category at every level, so tests see all that the host would ever write to a log.
/// </summary>
public static class HostSettings
{
    public static Dictionary<string, string?> Anonymous() => new()
    {
        ["MicrosoftAppId"] = "",
        ["MicrosoftAppPassword"] = "",
        ["Storage:SqlitePath"] = TestStateFiles.NewPath(),
        ["BotFramework:Connector:RetryBaseDelay"] = "00:00:00.010",
        ["BotFramework:Connector:MaxRetryDelay"] = "00:00:00.050",
        ["BotFramework:Connector:MaxRetryAfter"] = "00:00:02",
        ["BotFramework:Connector:AttemptTimeout"] = "00:00:02",
        ["BotFramework:Connector:TotalTimeout"] = "00:00:08",
        ["Logging:LogLevel:Default"] = "Trace",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
    };
}
