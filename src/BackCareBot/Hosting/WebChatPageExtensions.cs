using Microsoft.AspNetCore.StaticFiles;

namespace BackCareBot.Hosting;

public static class WebChatPageExtensions
{
    /// <summary>
    /// Everything the page loads comes from the bot itself: scripts, styles, images, the token and Direct Line (CSP's
    /// <c>'self'</c> also covers the same-origin WebSocket). Scripts run from files only, with no <c>eval</c>. Styles
    /// allow inline: Web Chat writes its styles into <c>&lt;style&gt;</c> elements at run time, and with a nonce one
    /// of them (its scroll-to-bottom library's) still goes without, so a nonce would not make the policy strict. Web
    /// Chat probes for Web Worker support with a <c>blob:</c> worker and shows some images from <c>blob:</c> URLs.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "connect-src 'self'; worker-src 'self' blob:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /// <summary>Serves the web chat page at <c>/</c> and its files from <c>wwwroot</c>, the page with its security headers.</summary>
    public static WebApplication UseWebChatPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = AddSecurityHeaders });
        return app;
    }

    private static void AddSecurityHeaders(StaticFileResponseContext context)
    {
        var headers = context.Context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers["Referrer-Policy"] = "no-referrer";
            // The page names the bundle it loads; a stale page after an update would pair old markup with new scripts.
            headers.CacheControl = "no-cache";
        }
    }
}
