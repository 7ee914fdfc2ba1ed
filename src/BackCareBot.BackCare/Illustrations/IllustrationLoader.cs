using BackCareBot.BackCare.Knowledge.Loading;
using YamlDotNet.RepresentationModel;

namespace BackCareBot.BackCare.Illustrations;

/// <summary>
/// Loads <c>dialogs/illustrations/</c>: <c>illustrations.yaml</c> and the SVG drawings it names. Runs once at
/// startup; a missing drawing, an unknown advice id, an entry without alt text or an SVG that is not plain shapes
/// stops the bot with every problem listed, as the knowledge loader does.
/// </summary>
public static class IllustrationLoader
{
    public const string CatalogFileName = "illustrations.yaml";

    /// <summary>Alt text long enough to describe a position, short enough for a screen reader to read in one go.</summary>
    public const int MinAltTextLength = 30;

    public const int MaxAltTextLength = 600;

    private static readonly string[] Keys = ["file", "alt"];

    /// <exception cref="IllustrationException">The folder or the catalog is missing, or anything in it has a problem.</exception>
    public static IllustrationCatalog Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var catalogPath = Path.Combine(folder, CatalogFileName);
        if (!File.Exists(catalogPath))
        {
            throw new IllustrationException([$"{catalogPath}: is missing: it lists the advice pictures and their alt text"]);
        }

        var log = new ProblemLog();
        var mapping = YamlDocumentReader.ReadMapping(catalogPath, "the catalog", log);
        var illustrations = mapping is null ? [] : ReadEntries(folder, catalogPath, mapping, log);
        if (mapping is not null)
        {
            CheckEveryDrawingIsListed(folder, mapping, log);
        }

        if (log.Count > 0)
        {
            throw new IllustrationException(log.Problems);
        }

        return new IllustrationCatalog(illustrations.OrderBy(illustration => IndexOf(illustration.AdviceId)));
    }

    private static List<Illustration> ReadEntries(string folder, string catalogPath, YamlMappingNode mapping, ProblemLog log)
    {
        var illustrations = new List<Illustration>();
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var adviceId = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var subject = $"entry '{adviceId}'";
            if (!AdviceIds.All.Contains(adviceId, StringComparer.Ordinal))
            {
                log.Add(catalogPath, subject, $"is not an advice id; the ids are: {string.Join(", ", AdviceIds.All)}");
                continue;
            }

            if (valueNode is not YamlMappingNode entry)
            {
                log.Add(catalogPath, subject, "must be a mapping with 'file' and 'alt'");
                continue;
            }

            foreach (var unknown in entry.Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value).Where(key => !Keys.Contains(key)))
            {
                log.Add(catalogPath, subject, $"has an unknown key '{unknown}' (allowed: {string.Join(", ", Keys)})");
            }

            var file = Scalar(entry, "file");
            var alt = Scalar(entry, "alt")?.Trim();
            var svgPath = CheckFile(folder, catalogPath, subject, adviceId, file, log);
            var altOk = CheckAltText(catalogPath, subject, alt, log);
            if (svgPath is not null && altOk)
            {
                illustrations.Add(new Illustration(adviceId, svgPath, alt!));
            }
        }

        return illustrations;
    }

    /// <summary>The drawing's full path when it is <c>&lt;advice-id&gt;.svg</c> beside the catalog and safe to serve; null otherwise.</summary>
    private static string? CheckFile(string folder, string catalogPath, string subject, string adviceId, string? file, ProblemLog log)
    {
        var expected = adviceId + ".svg";
        if (string.IsNullOrWhiteSpace(file))
        {
            log.Add(catalogPath, subject, $"has no 'file' (expected '{expected}')");
            return null;
        }

        if (!string.Equals(file, expected, StringComparison.Ordinal))
        {
            // The URL is /illustrations/<advice-id>.svg, so the file is named after the advice: nothing else is ever opened.
            log.Add(catalogPath, subject, $"'file' is '{file}' but must be '{expected}', named after the advice id");
            return null;
        }

        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            log.Add(path, subject, "is missing: draw it, or remove the entry");
            return null;
        }

        return SvgSafety.Check(path, subject, log) ? path : null;
    }

    private static bool CheckAltText(string catalogPath, string subject, string? alt, ProblemLog log)
    {
        if (string.IsNullOrWhiteSpace(alt))
        {
            log.Add(catalogPath, subject, "has no 'alt' text: describe the position for people who cannot see the picture");
            return false;
        }

        if (alt.Length is < MinAltTextLength or > MaxAltTextLength)
        {
            log.Add(catalogPath, subject, $"'alt' is {alt.Length} characters; describe the position in {MinAltTextLength} to {MaxAltTextLength}");
            return false;
        }

        if (!alt.EndsWith('.'))
        {
            log.Add(catalogPath, subject, "'alt' must be a sentence ending with a full stop (screen readers pause on it)");
            return false;
        }

        return true;
    }

    private static void CheckEveryDrawingIsListed(string folder, YamlMappingNode mapping, ProblemLog log)
    {
        var listed = mapping.Children.Keys.OfType<YamlScalarNode>().Select(key => key.Value + ".svg").ToHashSet(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.svg").Order(StringComparer.Ordinal))
        {
            if (!listed.Contains(Path.GetFileName(path)))
            {
                log.Add(path, null, $"is not listed in {CatalogFileName}: add an entry with its alt text, or remove the drawing");
            }
        }
    }

    private static string? Scalar(YamlMappingNode entry, string key) =>
        entry.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    private static int IndexOf(string id)
    {
        for (var i = 0; i < AdviceIds.All.Count; i++)
        {
            if (AdviceIds.All[i] == id)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
