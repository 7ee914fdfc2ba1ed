using Microsoft.AspNetCore.StaticFiles;

namespace BackCareBot.Hosting;

public static class WebChatPageExtensions
{
    /// <summary>
    /// Everything the page loads comes from the bot itself: scripts, styles, images, the token and Direct Line
    /// (CSP's <c>'self'</c> also covers the same-origin WebSocket).
    /// </summary>
    internal const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
        "connect-src 'self'; media-src 'self' blob:; worker-src 'self' blob:; manifest-src 'self'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'";

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
