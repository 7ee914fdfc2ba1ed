namespace BackCareBot.BotFramework.Authentication.Inbound;

/// <summary>How often signing keys are fetched again.</summary>
internal sealed record SigningKeyCacheSettings
{
    /// <summary>The Bot Framework docs ask for a refresh at least once a day; half a day leaves slack.</summary>
    public TimeSpan AutomaticRefreshInterval { get; init; } = TimeSpan.FromHours(12);

    /// <summary>
    /// The least time between two fetches triggered by a token with an unknown key id, so that tokens with made-up
    /// key ids cannot turn every request into a fetch. Also the wait before retrying a failed refresh.
    /// </summary>
    public TimeSpan MinimumRefreshInterval { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The wait before retrying when no keys have ever been fetched.</summary>
    public TimeSpan RetryWithoutKeysInterval { get; init; } = TimeSpan.FromSeconds(10);
}
