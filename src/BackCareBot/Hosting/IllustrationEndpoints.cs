using System.Text.RegularExpressions;
using BackCareBot.BackCare.Illustrations;
using Microsoft.Net.Http.Headers;

namespace BackCareBot.Hosting;

public static partial class IllustrationEndpoints
{
    /// <summary>An opened SVG must not run anything, whatever slipped past the loader's checks.</summary>
    private const string SvgContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    /// <summary>
    /// Serves <c>GET /illustrations/&lt;advice-id&gt;.svg</c> and <c>.png</c> (and HEAD) from memory, with a strong
    /// ETag and a day's caching; anything else under the prefix is 404. Resolving the files here renders them while
    /// the host starts, so a broken drawing or catalog stops the bot before it takes a request.
    /// </summary>
    public static WebApplication MapIllustrations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var files = app.Services.GetRequiredService<IllustrationFiles>();
        app.MapMethods(AdvicePictures.PathPrefix + "{fileName}", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, string fileName) => Serve(context, files, fileName))
            .WithDisplayName("Illustrations");
        return app;
    }

    private static IResult Serve(HttpContext context, IllustrationFiles files, string fileName)
    {
        if (!FileName().IsMatch(fileName) || files.Find(fileName) is not { } file)
        {
            return Results.NotFound();
        }

        var headers = context.Response.Headers;
        headers.ETag = file.ETag;
        headers.CacheControl = "public, max-age=86400";
        headers.XContentTypeOptions = "nosniff";
        if (file.ContentType == "image/svg+xml")
        {
            headers.ContentSecurityPolicy = SvgContentSecurityPolicy;
        }

        if (context.Request.Headers.IfNoneMatch.Any(value => value is not null && value.Split(',').Any(tag => tag.Trim() == file.ETag || tag.Trim() == "*")))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(file.Content, file.ContentType);
    }

    [GeneratedRegex("^[a-z0-9-]{1,64}\\.(svg|png)$", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();
}
