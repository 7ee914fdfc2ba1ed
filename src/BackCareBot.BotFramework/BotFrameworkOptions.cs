namespace BackCareBot.BotFramework;

/// <summary>Limits of the messaging endpoint (section <c>BotFramework</c>).</summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>
    /// Largest request body accepted, in bytes. Activities are small (Teams caps a message near 28 KB); the default
    /// leaves room for cards and channel data while keeping a flood of large bodies cheap to refuse.
    /// </summary>
    public int MaxRequestBodyBytes { get; set; } = 256 * 1024;

    /// <summary>
    /// While authentication is off, the service URLs (besides loopback ones) the bot may send replies to. An entry
    /// matches URLs with the same scheme, host and port whose path starts with the entry's path. Without this, an
    /// unauthenticated caller could make the bot POST to any host.
    /// </summary>
    public IList<string> AllowedServiceUrls { get; } = [];
}
