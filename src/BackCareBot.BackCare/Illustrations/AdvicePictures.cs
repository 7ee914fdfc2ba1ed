namespace BackCareBot.BackCare.Illustrations;

/// <summary>
/// Maps an advice id to its picture's URLs and alt text, for the code that words replies (an Adaptive Card's
/// <c>Image</c> with <c>altText</c>, a hero card image, or the alt text alone on a text-only channel).
/// </summary>
/// <remarks>
/// The host serves the pictures at <see cref="PathPrefix"/><c>&lt;advice-id&gt;.png</c> and <c>.svg</c>. Given the
/// bot's public address (the host's <c>Illustrations:PublicBaseUrl</c>) the URLs are absolute, as Teams needs;
/// without it they are root-relative, which the web chat page served by the bot resolves against its own origin.
/// </remarks>
public sealed class AdvicePictures
{
    /// <summary>The route the host serves the pictures under.</summary>
    public const string PathPrefix = "/illustrations/";

    private readonly IllustrationCatalog _catalog;
    private readonly Uri? _publicBaseUrl;

    /// <param name="catalog">The loaded illustrations.</param>
    /// <param name="publicBaseUrl">The bot's public http(s) address, or null for root-relative URLs.</param>
    public AdvicePictures(IllustrationCatalog catalog, Uri? publicBaseUrl)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        if (publicBaseUrl is not null && (!publicBaseUrl.IsAbsoluteUri || (publicBaseUrl.Scheme != Uri.UriSchemeHttps && publicBaseUrl.Scheme != Uri.UriSchemeHttp)))
        {
            throw new ArgumentException("The public base URL must be an absolute http or https URL.", nameof(publicBaseUrl));
        }

        _catalog = catalog;
        // "https://example.org/bot" and "https://example.org/bot/" both mean the folder the bot is served from.
        _publicBaseUrl = publicBaseUrl is null || publicBaseUrl.AbsolutePath.EndsWith('/')
            ? publicBaseUrl
            : new Uri(publicBaseUrl.GetLeftPart(UriPartial.Path) + "/");
    }

    /// <summary>The advice ids that have a picture, in the article's order.</summary>
    public IEnumerable<string> AdviceIds => _catalog.All.Select(illustration => illustration.AdviceId);

    /// <summary>The picture of an advice; null when it has none (an explanation such as <c>why-sitting-hurts</c>) or the id is unknown.</summary>
    public AdvicePicture? Find(string adviceId)
    {
        ArgumentNullException.ThrowIfNull(adviceId);
        return _catalog.Find(adviceId) is { } illustration
            ? new AdvicePicture(illustration.AdviceId, Url(adviceId, "png"), Url(adviceId, "svg"), illustration.AltText)
            : null;
    }

    private Uri Url(string adviceId, string extension)
    {
        var path = $"{PathPrefix}{adviceId}.{extension}";
        return _publicBaseUrl is null ? new Uri(path, UriKind.Relative) : new Uri(_publicBaseUrl, path.TrimStart('/'));
    }
}
