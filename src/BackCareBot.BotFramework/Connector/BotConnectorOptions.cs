namespace BackCareBot.BotFramework.Connector;

/// <summary>
/// How hard the bot tries to deliver one activity (section <c>BotFramework:Connector</c>). The defaults keep a
/// delivery, retries included, well inside the roughly 15 seconds a channel waits for the bot to answer.
/// </summary>
public sealed class BotConnectorOptions
{
    public const string SectionName = "BotFramework:Connector";

    /// <summary>Retries after the first attempt; 0 turns retrying off.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First backoff delay; it doubles per retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A <c>Retry-After</c> longer than this is not waited for: the delivery fails instead.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>All attempts and waits of one call together.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
