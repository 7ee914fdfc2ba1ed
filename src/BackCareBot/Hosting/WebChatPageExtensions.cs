using BackCareBot.DirectLine;
using Microsoft.AspNetCore.Rewrite;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace BackCareBot.Hosting;

public static class WebChatPageExtensions
{
    /// <summary>
    /// Serves the web chat page at <c>/</c>, the privacy and terms pages the Teams manifest names at <c>/privacy</c> and
    /// <c>/terms</c>, and their files from <c>wwwroot</c>, each page with its security headers.
    /// </summary>
    public static WebApplication UseWebChatPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var policy = WebChatContentSecurityPolicy.For(app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value);
        app.UseRewriter(new RewriteOptions()
            .AddRewrite("^privacy$", "privacy.html", skipRemainingRules: true)
            .AddRewrite("^terms$", "terms.html", skipRemainingRules: true));
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions { OnPrepareResponse = context => AddSecurityHeaders(context, policy) });
        return app;
    }

    private static void AddSecurityHeaders(StaticFileResponseContext context, string contentSecurityPolicy)
    {
        var headers = context.Context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        if (context.File.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase))
        {
            headers.ContentSecurityPolicy = contentSecurityPolicy;
            headers["Referrer-Policy"] = "no-referrer";
            // The page names the bundle it loads; a stale page after an update would pair old markup with new scripts.
            headers.CacheControl = "no-cache";
        }
    }
}
