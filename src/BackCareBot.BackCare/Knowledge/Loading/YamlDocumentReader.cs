using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BackCareBot.BackCare.Knowledge.Loading;

/// <summary>Reads one YAML file into its top-level mapping, turning syntax errors into problems with their position.</summary>
internal static class YamlDocumentReader
{
    /// <param name="subject">What the file holds, for the problem lines ("entry 'dead-bug'").</param>
    public static YamlMappingNode? ReadMapping(string path, string subject, ProblemLog log)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException exception)
        {
            log.Add(path, subject, $"cannot be read ({exception.Message})");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            log.Add(path, subject, $"YAML syntax error at line {exception.Start.Line}, column {exception.Start.Column}: {exception.Message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet reports some malformed flow collections ("[1, 2" without its "]") this way, without a position.
            log.Add(path, subject, "YAML syntax error: an unclosed bracket, brace or quote");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            log.Add(path, subject, "is empty");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            log.Add(path, subject, "must hold one YAML document, not several ('---' separators)");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            log.Add(path, subject, "must be a mapping of keys to values at the top level");
            return null;
        }

        return mapping;
    }
}
