using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace BackCareBot.BackCare.Knowledge.Loading;

/// <summary>Reads one YAML file into its top-level mapping, turning syntax errors into problems with their position.</summary>
internal static class YamlDocumentReader
{
    public static YamlMappingNode? ReadMapping(string path, ProblemLog log)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException exception)
        {
            log.Add(path, null, $"cannot be read ({exception.Message})");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException exception)
        {
            log.Add(path, null, $"YAML syntax error at line {exception.Start.Line}, column {exception.Start.Column}: {exception.Message}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet reports some malformed flow collections ("[1, 2" without its "]") this way, without a position.
            log.Add(path, null, "YAML syntax error: an unclosed bracket, brace or quote");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            log.Add(path, null, "is empty");
            return null;
        }

        if (stream.Documents.Count > 1)
        {
            log.Add(path, null, "must hold one YAML document, not several ('---' separators)");
            return null;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            log.Add(path, null, "must be a mapping of keys to values at the top level");
            return null;
        }

        return mapping;
    }
}
