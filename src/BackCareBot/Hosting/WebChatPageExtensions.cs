using BackCareBot.DirectLine;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace BackCareBot.Hosting;

public static class WebChatPageExtensions
{
    /// <summary>Serves the web chat page at <c>/</c> and its files from <c>wwwroot</c>, the page with its security headers.</summary>
    public static WebApplication UseWebChatPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var policy = WebChatContentSecurityPolicy.For(app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value);
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
