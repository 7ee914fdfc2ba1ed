using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Chatdown;

/// <summary>The content type shortcuts <c>[Attachment=path shortcut]</c> accepts, as chatdown's table has them.</summary>
internal static class ChatdownContentTypes
{
    public const string MediaCard = "application/vnd.microsoft.card.media";

    private const string CardPrefix = "application/vnd.microsoft.card.";

    private static readonly Dictionary<string, string> Shortcuts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["animation"] = ContentTypes.AnimationCard,
        ["audio"] = ContentTypes.AudioCard,
        ["hero"] = ContentTypes.HeroCard,
        ["receipt"] = ContentTypes.ReceiptCard,
        ["thumbnail"] = ContentTypes.ThumbnailCard,
        ["signin"] = ContentTypes.SigninCard,
        ["oauth"] = ContentTypes.OAuthCard,
        ["media"] = MediaCard,
        ["video"] = ContentTypes.VideoCard,
        ["adaptivecard"] = ContentTypes.AdaptiveCard,
    };

    // What the mime-types package chatdown uses answers for common extensions; chatdown asks the server for a URL
    // with none of these, which a replay done offline cannot, so the author names the type instead.
    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".json"] = "application/json",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".svg"] = "image/svg+xml",
        [".webp"] = "image/webp",
        [".bmp"] = "image/bmp",
        [".txt"] = "text/plain",
        [".md"] = "text/markdown",
        [".markdown"] = "text/markdown",
        [".htm"] = "text/html",
        [".html"] = "text/html",
        [".csv"] = "text/csv",
        [".xml"] = "application/xml",
        [".pdf"] = "application/pdf",
        [".zip"] = "application/zip",
        [".mp3"] = "audio/mpeg",
        [".wav"] = "audio/wav",
        [".ogg"] = "audio/ogg",
        [".mp4"] = "video/mp4",
        [".webm"] = "video/webm",
        [".mov"] = "video/quicktime",
    };

    /// <summary>A shortcut expanded, or a full MIME type lower-cased; quotes around it (as chatdown's docs write it) are dropped.</summary>
    public static string FromArgument(string argument)
    {
        var type = argument.Trim('"', '\'').ToLowerInvariant();
        return Shortcuts.GetValueOrDefault(type, type);
    }

    public static string? FromPath(string path)
    {
        var withoutQuery = path.Split('?', '#')[0];
        return Extensions.GetValueOrDefault(Path.GetExtension(withoutQuery));
    }

    public static bool IsCard(string contentType) => contentType.Contains(CardPrefix, StringComparison.Ordinal);

    public static bool IsJson(string contentType) => IsCard(contentType) || contentType.Contains("json", StringComparison.Ordinal);

    public static bool IsText(string contentType) => contentType.StartsWith("text/", StringComparison.Ordinal);
}
