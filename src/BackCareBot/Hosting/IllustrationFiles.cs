using System.Collections.Frozen;
using System.Diagnostics;
using System.Security.Cryptography;
using BackCareBot.BackCare.Illustrations;
using Microsoft.Extensions.Options;

namespace BackCareBot.Hosting;

/// <summary>
/// Every illustration as the route serves it, built once while the host starts: the SVG as drawn and a PNG rendered
/// from it. Requests only look a file name up here, so nothing a client sends ever reaches the file system.
/// </summary>
internal sealed partial class IllustrationFiles
{
    private readonly FrozenDictionary<string, ServedIllustration> _byFileName;

    public IllustrationFiles(IllustrationCatalog catalog, IOptions<IllustrationOptions> options, ILogger<IllustrationFiles> logger)
    {
        var started = Stopwatch.GetTimestamp();
        var files = new Dictionary<string, ServedIllustration>(StringComparer.Ordinal);
        foreach (var illustration in catalog.All)
        {
            files[illustration.AdviceId + ".svg"] = Serve(File.ReadAllBytes(illustration.SvgPath), "image/svg+xml");
            files[illustration.AdviceId + ".png"] = Serve(IllustrationRenderer.RenderPng(illustration.SvgPath, options.Value.PngWidth), "image/png");
        }

        _byFileName = files.ToFrozenDictionary(StringComparer.Ordinal);
        var elapsed = Stopwatch.GetElapsedTime(started);
        Rendered(logger, catalog.All.Count, elapsed.TotalMilliseconds);
    }

    /// <summary>The file for <c>&lt;advice-id&gt;.svg</c> or <c>.png</c>; null for anything else.</summary>
    public ServedIllustration? Find(string fileName) => _byFileName.GetValueOrDefault(fileName);

    private static ServedIllustration Serve(byte[] content, string contentType) =>
        new(content, contentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12))}\"");

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "{Count} illustrations loaded and rendered to PNG in {ElapsedMilliseconds:F0} ms")]
    private static partial void Rendered(ILogger logger, int count, double elapsedMilliseconds);
}
