namespace BackCareBot.BotFramework.Tests.Fakes;

/// <summary>Connector retry settings that keep tests fast while still exercising the retry pipeline.</summary>
public static class FastConnectorSettings
{
    public static Dictionary<string, string?> Create() => new()
    {
        ["BotFramework:Connector:RetryBaseDelay"] = "00:00:00.010",
        ["BotFramework:Connector:MaxRetryDelay"] = "00:00:00.050",
        ["BotFramework:Connector:MaxRetryAfter"] = "00:00:02",
        ["BotFramework:Connector:AttemptTimeout"] = "00:00:02",
        ["BotFramework:Connector:TotalTimeout"] = "00:00:08",
    };
}
