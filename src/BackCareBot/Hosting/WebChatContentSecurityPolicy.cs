using BackCareBot.DirectLine;

namespace BackCareBot.Hosting;

/// <summary>
/// The page's Content-Security-Policy. Everything it loads comes from the bot itself: scripts, styles, images, the
/// token and the built-in Direct Line (CSP's <c>'self'</c> also covers the same-origin WebSocket); with Azure Bot
/// Service's Direct Line, that one origin too, over https and its WebSocket. Scripts run from files only, with no
/// <c>eval</c>. Styles allow inline: Web Chat writes its styles into <c>&lt;style&gt;</c> elements at run time, and
/// with a nonce one of them (its scroll-to-bottom library's) still goes without, so a nonce would not make the policy
/// strict. Web Chat probes for Web Worker support with a <c>blob:</c> worker and shows some images from <c>blob:</c>
/// URLs.
/// </summary>
public static class WebChatContentSecurityPolicy
{
    public static string For(DirectLineOptions directLine)
    {
        ArgumentNullException.ThrowIfNull(directLine);
        var connect = "'self'";
        if (directLine.Mode == DirectLineMode.AzureBotService)
        {
            var origin = directLine.AzureBaseUrl.GetLeftPart(UriPartial.Authority);
            var socketOrigin = (directLine.AzureBaseUrl.Scheme == Uri.UriSchemeHttps ? "wss" : "ws") + origin[directLine.AzureBaseUrl.Scheme.Length..];
            connect = $"'self' {origin} {socketOrigin}";
        }

        return "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
            $"connect-src {connect}; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    }
}
