namespace BackCareBot.Hosting;

/// <summary>
/// The proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> the bot believes (section
/// <c>ForwardedHeaders</c>). Anyone can send those headers; only a proxy in front of the bot should be believed, or a
/// client could pick its own address (and its own rate limit) and make the stream URL say <c>wss:</c> over plain
/// http. Empty (the default): loopback only, as ASP.NET Core trusts by default, for a proxy on the same machine.
/// Set, the lists replace loopback.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Proxy addresses, such as <c>10.0.0.4</c> or <c>::1</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Proxy networks in CIDR notation, such as <c>10.0.0.0/24</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];
}
