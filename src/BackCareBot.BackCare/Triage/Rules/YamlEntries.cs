using BackCareBot.BackCare.Knowledge.Loading;
using YamlDotNet.RepresentationModel;

namespace BackCareBot.BackCare.Triage.Rules;

/// <summary>The entries of a YAML list of mappings, each with the keys it may have; anything else is logged.</summary>
internal static class YamlEntries
{
    /// <param name="kind">What one entry is, for the problems logged ("duration at line 12").</param>
    /// <param name="keys">The keys an entry may have.</param>
    public static IEnumerable<MappingReader> Of(YamlSequenceNode sequence, string path, string kind, ProblemLog log, params string[] keys)
    {
        foreach (var node in sequence.Children)
        {
            var subject = $"{kind} at line {node.Start.Line}";
            if (node is not YamlMappingNode mapping)
            {
                log.Add(path, subject, $"must be a mapping with {string.Join(", ", keys)}");
                continue;
            }

            var entry = new MappingReader(mapping, path, subject, log);
            entry.RejectUnknownKeys(keys);
            yield return entry;
        }
    }
}
