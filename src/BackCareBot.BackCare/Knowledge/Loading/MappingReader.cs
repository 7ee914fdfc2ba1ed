using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace BackCareBot.BackCare.Knowledge.Loading;

/// <summary>
/// Typed, forgiving access to a YAML mapping: a missing or mistyped field is logged as a problem naming the file,
/// the subject and the key, and reading goes on so that every problem is found in one pass.
/// </summary>
internal sealed class MappingReader(YamlMappingNode mapping, string path, string subject, ProblemLog log, string keyPrefix = "")
{
    public string Path => path;

    public string Subject => subject;

    public void Problem(string problem) => log.Add(path, subject, problem);

    /// <summary>A reader for a nested mapping whose problems name the key path ("'source.section' is missing").</summary>
    public MappingReader Child(YamlMappingNode child, string key) => new(child, path, subject, log, $"{keyPrefix}{key}.");

    public YamlNode? Node(string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

    public void RejectUnknownKeys(params string[] knownKeys)
    {
        foreach (var key in mapping.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (Array.IndexOf(knownKeys, name) < 0)
            {
                Problem($"unknown key '{keyPrefix}{name}' (expected one of: {string.Join(", ", knownKeys)})");
            }
        }
    }

    public string? RequiredText(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            Problem($"'{keyPrefix}{key}' is missing");
            return null;
        }

        return TextOf(key, node);
    }

    public string? OptionalText(string key)
    {
        var node = Node(key);
        return node is null ? null : TextOf(key, node);
    }

    public IReadOnlyList<string>? RequiredTextList(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            Problem($"'{keyPrefix}{key}' is missing");
            return null;
        }

        return TextListOf(key, node);
    }

    public IReadOnlyList<string>? TextListOf(string key, YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
        {
            Problem($"'{keyPrefix}{key}' must be a list");
            return null;
        }

        if (sequence.Children.Count == 0)
        {
            Problem($"'{keyPrefix}{key}' must not be empty");
            return null;
        }

        var items = new List<string>(sequence.Children.Count);
        for (var i = 0; i < sequence.Children.Count; i++)
        {
            if (sequence.Children[i] is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
            {
                items.Add(value.Trim());
            }
            else
            {
                Problem($"'{keyPrefix}{key}' item {i + 1} (line {sequence.Children[i].Start.Line}) must be non-empty text");
            }
        }

        return items;
    }

    public YamlMappingNode? RequiredMapping(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            Problem($"'{keyPrefix}{key}' is missing");
            return null;
        }

        if (node is not YamlMappingNode child)
        {
            Problem($"'{keyPrefix}{key}' must be a mapping of keys to values");
            return null;
        }

        return child;
    }

    public static bool TryNumber(YamlNode node, out double value)
    {
        value = 0;
        return node is YamlScalarNode { Value: { } text }
            && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    private string? TextOf(string key, YamlNode node)
    {
        if (node is not YamlScalarNode scalar)
        {
            Problem($"'{keyPrefix}{key}' must be text, not a list or mapping");
            return null;
        }

        if (string.IsNullOrWhiteSpace(scalar.Value))
        {
            Problem($"'{keyPrefix}{key}' must not be empty");
            return null;
        }

        return scalar.Value.Trim();
    }
}
