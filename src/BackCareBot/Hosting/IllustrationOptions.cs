namespace BackCareBot.Hosting;

/// <summary>How the advice pictures are addressed and rendered (section <c>Illustrations</c>).</summary>
public sealed class IllustrationOptions
{
    public const string SectionName = "Illustrations";

    /// <summary>
    /// The bot's public address (<c>https://backcarebot.example.org/</c>), so that picture URLs in replies are
    /// absolute, as Teams and other channels that fetch images themselves need. Empty (the default): root-relative
    /// URLs, which the web chat page served by the bot resolves against its own origin.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The PNGs' width in pixels: 800 is sharp on a phone at 2x and light enough for a card (20-40 KB each).</summary>
    public int PngWidth { get; set; } = 800;

    internal Uri? PublicBaseUri() => string.IsNullOrWhiteSpace(PublicBaseUrl) ? null : new Uri(PublicBaseUrl, UriKind.Absolute);

    internal bool IsValid() =>
        PngWidth is >= 200 and <= 2400
        && (string.IsNullOrWhiteSpace(PublicBaseUrl)
            || (Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
                && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)));
}
