using BackCareBot.BackCare.Knowledge.Words;
using YamlDotNet.RepresentationModel;

namespace BackCareBot.BackCare.Knowledge.Loading;

/// <summary>
/// Reads <c>vocabulary.yaml</c> and refuses words that would be read two ways: a word under two concepts (after
/// stemming, "seat" and "seated" are one word), or an ordinary word that is also a concept's word.
/// </summary>
internal static class VocabularyReader
{
    /// <summary>Longer phrases than this are sentences, which belong in an entry's phrasings.</summary>
    public const int MaxPhraseWords = 6;

    private static readonly string[] Keys = ["fillers", "ordinary_words", "not_typos", "concepts"];
    private static readonly string[] ConceptKeys = ["role", "means", "words", "outweighs", "declines", "rules_out", "rules_in"];

    public static Vocabulary? Read(YamlMappingNode mapping, string path, ProblemLog log)
    {
        var file = new MappingReader(mapping, path, "vocabulary", log);
        file.RejectUnknownKeys(Keys);
        var fillers = ReadWordList(file, "fillers");
        var ordinary = ReadWordList(file, "ordinary_words");
        var notTypos = ReadWordList(file, "not_typos");
        var conceptsNode = file.RequiredMapping("concepts");
        if (fillers is null || ordinary is null || notTypos is null || conceptsNode is null)
        {
            return null;
        }

        var fillerSet = new HashSet<string>(fillers, StringComparer.Ordinal);
        var concepts = new List<Concept>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        var problemsBefore = log.Count;
        foreach (var (key, value) in conceptsNode.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!IsKebabName(name))
            {
                log.Add(path, $"concept '{name}'", "a concept name must be lower-case words joined by '-', like 'hip-flexors'");
            }

            if (value is not YamlMappingNode body)
            {
                log.Add(path, $"concept '{name}'", "must be a mapping with 'role', 'means' and 'words'");
                continue;
            }

            var read = ReadConcept(new MappingReader(body, path, $"concept '{name}'", log), name, fillerSet, owners);
            if (read is not null)
            {
                concepts.Add(read);
            }
        }

        var names = conceptsNode.Children.Keys.Select(key => (key as YamlScalarNode)?.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var concept in concepts)
        {
            foreach (var unknown in concept.Outweighs.Where(other => !names.Contains(other)))
            {
                log.Add(path, $"concept '{concept.Name}'", $"outweighs '{unknown}', which is not a concept");
            }

            foreach (var unknown in concept.Declines.Where(other => !names.Contains(other)))
            {
                log.Add(path, $"concept '{concept.Name}'", $"declines '{unknown}', which is not a concept");
            }
        }

        // Real words that look like typos of vocabulary words behave exactly like ordinary words.
        ordinary.AddRange(notTypos);
        CheckOrdinaryWords(path, ordinary, fillerSet, owners, log);
        return log.Count == problemsBefore ? new Vocabulary(concepts, fillers, ordinary) : null;
    }

    private static Concept? ReadConcept(
        MappingReader concept, string name, IReadOnlySet<string> fillers, Dictionary<string, string> owners)
    {
        concept.RejectUnknownKeys(ConceptKeys);
        var role = concept.RequiredText("role") switch
        {
            null => (ConceptRole?)null,
            "specific" => ConceptRole.Specific,
            "general" => ConceptRole.General,
            var other => Invalid(concept, other),
        };
        var meaning = concept.OptionalText("means");
        var words = concept.RequiredTextList("words");
        if (role is null || words is null)
        {
            return null;
        }

        foreach (var word in words)
        {
            var stems = PhraseStems.Of(word, fillers);
            if (stems.Count == 0)
            {
                concept.Problem($"word '{word}' has nothing left once fillers are skipped");
            }
            else if (PhraseStems.WordsOf(word).Count > MaxPhraseWords)
            {
                concept.Problem($"word '{word}' is longer than {MaxPhraseWords} words; put whole questions in an entry's phrasings");
            }
            else if (owners.TryGetValue(PhraseStems.Key(stems), out var owner) && owner != name)
            {
                concept.Problem($"word '{word}' reads the same as a word of concept '{owner}' (stems '{PhraseStems.Key(stems)}')");
            }
            else
            {
                owners[PhraseStems.Key(stems)] = name;
            }
        }

        var outweighs = concept.Node("outweighs") is { } node ? concept.TextListOf("outweighs", node) : [];
        var declines = concept.Node("declines") is { } declined ? concept.TextListOf("declines", declined) : [];
        var rulesOut = concept.Node("rules_out") is { } ruled ? concept.TextListOf("rules_out", ruled) : [];
        if (rulesOut?.FirstOrDefault(position => !Positions.IsKnown(position)) is { } unknown)
        {
            concept.Problem($"'rules_out' names '{unknown}', which is not one of {string.Join(", ", Positions.All)}");
            rulesOut = null;
        }

        var rulesIn = concept.Node("rules_in") is { } ruledIn ? concept.TextListOf("rules_in", ruledIn) : [];
        if (rulesIn?.FirstOrDefault(position => !Positions.IsKnown(position)) is { } unknownIn)
        {
            concept.Problem($"'rules_in' names '{unknownIn}', which is not one of {string.Join(", ", Positions.All)}");
            rulesIn = null;
        }

        return outweighs is null || declines is null || rulesOut is null || rulesIn is null
            ? null
            : new Concept(name, role.Value, meaning, words) { Outweighs = outweighs, Declines = declines, RulesOut = rulesOut, RulesIn = rulesIn };
    }

    private static ConceptRole? Invalid(MappingReader concept, string role)
    {
        concept.Problem($"'role' must be 'specific' or 'general', not '{role}'");
        return null;
    }

    private static void CheckOrdinaryWords(
        string path, List<string> ordinary, HashSet<string> fillers, Dictionary<string, string> owners, ProblemLog log)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in ordinary)
        {
            if (!seen.Add(word))
            {
                log.Add(path, "ordinary_words", $"'{word}' is listed twice (in ordinary_words or not_typos)");
            }
            else if (fillers.Contains(word))
            {
                log.Add(path, "ordinary_words", $"'{word}' is already a filler");
            }
            else if (owners.TryGetValue(WordStemmer.StemToString(word), out var owner))
            {
                log.Add(path, "ordinary_words", $"'{word}' reads the same as a word of concept '{owner}'; remove one of them");
            }
        }
    }

    private static List<string>? ReadWordList(MappingReader file, string key)
    {
        var words = file.RequiredTextList(key);
        if (words is null)
        {
            return null;
        }

        var normalized = new List<string>(words.Count);
        foreach (var word in words)
        {
            var parts = PhraseStems.WordsOf(word);
            if (parts.Count != 1)
            {
                file.Problem($"'{key}' must hold single words, not '{word}'");
                continue;
            }

            normalized.Add(parts[0]);
        }

        return normalized;
    }

    private static bool IsKebabName(string name)
    {
        if (name.Length == 0 || name[0] == '-' || name[^1] == '-')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return !name.Contains("--", StringComparison.Ordinal);
    }
}
