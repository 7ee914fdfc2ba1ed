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
    private readonly FrozenDictionary<string, Lazy<ServedIllustration>> _byFileName;

    public IllustrationFiles(IllustrationCatalog catalog, IOptions<IllustrationOptions> options, ILogger<IllustrationFiles> logger)
    {
        var started = Stopwatch.GetTimestamp();
        var files = new Dictionary<string, Lazy<ServedIllustration>>(StringComparer.Ordinal);
        var width = options.Value.PngWidth;
        foreach (var illustration in catalog.All)
        {
            var svg = Serve(File.ReadAllBytes(illustration.SvgPath), "image/svg+xml");
            files[illustration.AdviceId + ".svg"] = new Lazy<ServedIllustration>(svg);

            // Rendered on the first request, not at startup: the renderer's native memory and the half second it
            // takes are paid only by a bot whose pictures are asked for (Teams cards), not by every instance.
            var path = illustration.SvgPath;
            files[illustration.AdviceId + ".png"] = new Lazy<ServedIllustration>(
                () => Serve(IllustrationRenderer.RenderPng(path, width), "image/png"), LazyThreadSafetyMode.ExecutionAndPublication);
        }

        _byFileName = files.ToFrozenDictionary(StringComparer.Ordinal);
        var elapsed = Stopwatch.GetElapsedTime(started);
        Rendered(logger, catalog.All.Count, elapsed.TotalMilliseconds);
    }

    /// <summary>The file for <c>&lt;advice-id&gt;.svg</c> or <c>.png</c>; null for anything else.</summary>
    public ServedIllustration? Find(string fileName) => _byFileName.GetValueOrDefault(fileName)?.Value;

    private static ServedIllustration Serve(byte[] content, string contentType) =>
        new(content, contentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12))}\"");

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "{Count} illustrations loaded in {ElapsedMilliseconds:F0} ms (PNGs rendered on first request)")]
    private static partial void Rendered(ILogger logger, int count, double elapsedMilliseconds);
}
