using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Knowledge.Loading;
using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Phrases;
using BackCareBot.BackCare.Triage.Vocabulary;
using YamlDotNet.RepresentationModel;

namespace BackCareBot.BackCare.Triage.Rules;

/// <summary>
/// Loads <c>dialogs/rules/</c>: the word classes, the pain, sharpness and duration vocabularies, and one file per
/// warning sign. Runs once at startup and compiles every phrase on the way, so a broken file stops the bot with the
/// file, the rule and the problem (as the knowledge does) instead of failing on someone's message.
/// </summary>
public static class TriageRulesLoader
{
    public const string WarningSignsFolder = "warning-signs";

    /// <exception cref="KnowledgeException">The folder is missing, or any file in it has a problem.</exception>
    public static TriageRules Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new KnowledgeException([$"{folder}: the rules folder does not exist"]);
        }

        var log = new ProblemLog();
        var classes = ReadWordClasses(Path.Combine(folder, "word-classes.yaml"), log);
        var pain = ReadFile(Path.Combine(folder, "pain.yaml"), log);
        var sharpness = ReadFile(Path.Combine(folder, "sharpness.yaml"), log);
        var durations = ReadDurations(Path.Combine(folder, "durations.yaml"), log);
        var signs = ReadSigns(Path.Combine(folder, WarningSignsFolder), log);

        var rules = log.Count == 0 && classes is not null && pain is not null && sharpness is not null && durations is not null
            ? new TriageRules
            {
                WordClasses = classes,
                Pain = Rule(pain, "pain"),
                SymptomContext = Rule(pain, "symptom-context"),
                NewOnset = Rule(pain, "new-onset"),
                MinorTrauma = Rule(pain, "minor-trauma"),
                Sharp = Rule(sharpness, "sharp"),
                NotSharp = Rule(sharpness, "not-sharp"),
                Durations = durations,
                Signs = signs,
            }
            : null;
        if (rules is not null)
        {
            CheckPhrasesCompile(rules, log);
        }

        return log.Count == 0 && rules is not null ? rules : throw new KnowledgeException(log.Problems);
    }

    private static PhraseRule Rule(Dictionary<string, PhraseRule> file, string name) => file[name];

    private static Dictionary<string, string>? ReadWordClasses(string path, ProblemLog log)
    {
        var reader = Open(path, "word classes", log);
        var mapping = reader?.RequiredMapping("word-classes");
        if (reader is null || mapping is null)
        {
            return null;
        }

        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = ((YamlScalarNode)key).Value ?? "";
            if (value is YamlScalarNode { Value: { Length: > 0 } alternatives })
            {
                classes[name] = alternatives.Trim();
            }
            else
            {
                log.Add(path, $"word class '{name}'", "must be one line of alternatives (\"a|b|c\")");
            }
        }

        return classes;
    }

    /// <summary>A file of named phrase rules (pain.yaml, sharpness.yaml): every rule in it is required.</summary>
    private static Dictionary<string, PhraseRule>? ReadFile(string path, ProblemLog log)
    {
        var reader = Open(path, null, log);
        if (reader is null)
        {
            return null;
        }

        var expected = Path.GetFileName(path) == "pain.yaml"
            ? new[] { "pain", "symptom-context", "new-onset", "minor-trauma" }
            : ["sharp", "not-sharp"];
        reader.RejectUnknownKeys(expected);
        var rules = new Dictionary<string, PhraseRule>(StringComparer.Ordinal);
        foreach (var name in expected)
        {
            var mapping = reader.RequiredMapping(name);
            if (mapping is not null && ReadPhraseRule(new MappingReader(mapping, path, $"rule '{name}'", log), name) is { } rule)
            {
                rules[name] = rule;
            }
        }

        return rules.Count == expected.Length ? rules : null;
    }

    private static PhraseRule? ReadPhraseRule(MappingReader reader, string name, params string[] otherKeys)
    {
        reader.RejectUnknownKeys(["phrases", "examples", "counter-examples", .. otherKeys]);
        var phrases = reader.RequiredTextList("phrases");
        var examples = reader.RequiredTextList("examples");
        var counterExamples = reader.RequiredTextList("counter-examples");
        return phrases is null || examples is null || counterExamples is null
            ? null
            : new PhraseRule(name, reader.Path, phrases, examples, counterExamples);
    }

    private static List<DurationRule>? ReadDurations(string path, ProblemLog log)
    {
        var reader = Open(path, null, log);
        if (reader?.Node("durations") is not YamlSequenceNode sequence)
        {
            reader?.Problem("'durations' must be a list of { phrase, days, examples }");
            return null;
        }

        var durations = new List<DurationRule>();
        foreach (var node in sequence.Children)
        {
            var subject = $"duration at line {node.Start.Line}";
            if (node is not YamlMappingNode mapping)
            {
                log.Add(path, subject, "must be a mapping with phrase, days and examples");
                continue;
            }

            var entry = new MappingReader(mapping, path, subject, log);
            entry.RejectUnknownKeys("phrase", "days", "examples");
            var phrase = entry.RequiredText("phrase");
            var examples = entry.RequiredTextList("examples");
            var daysNode = entry.Node("days");
            if (daysNode is null || !MappingReader.TryNumber(daysNode, out var days) || days < 0)
            {
                entry.Problem("'days' must be a number of days, 0 or more");
                continue;
            }

            if (phrase is not null && examples is not null)
            {
                durations.Add(new DurationRule(phrase, TimeSpan.FromDays(days), examples));
            }
        }

        return durations;
    }

    private static List<WarningSignRule> ReadSigns(string folder, ProblemLog log)
    {
        var signs = new List<WarningSignRule>();
        if (!Directory.Exists(folder))
        {
            log.Add(folder, null, "is missing: the warning signs live there, one file each");
            return signs;
        }

        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var reader = Open(path, $"warning sign '{id}'", log);
            if (reader is not null && ReadSign(reader, id) is { } sign)
            {
                signs.Add(sign);
            }
        }

        if (signs.Count == 0 && log.Count == 0)
        {
            log.Add(folder, null, "holds no warning signs");
        }

        return [.. signs.OrderByDescending(sign => sign.Sign.Level)];
    }

    private static WarningSignRule? ReadSign(MappingReader reader, string fileId)
    {
        var id = reader.RequiredText("id");
        if (id is not null && id != fileId)
        {
            reader.Problem($"'id' is '{id}' but the file is named '{fileId}.yaml': they must match");
        }

        var level = reader.RequiredText("level") switch
        {
            "emergency" => TriageLevel.Emergency,
            "urgent" => TriageLevel.Urgent,
            null => (TriageLevel?)null,
            var other => Invalid<TriageLevel>(reader, $"'level' is '{other}': a warning sign is 'emergency' or 'urgent'"),
        };
        var condition = reader.OptionalText("only-with") switch
        {
            null => SignCondition.None,
            "minor-trauma" => SignCondition.MinorTrauma,
            "new-pain" => SignCondition.NewPain,
            var other => Invalid<SignCondition>(reader, $"'only-with' is '{other}': it is 'minor-trauma' or 'new-pain'") ?? SignCondition.None,
        };
        var named = reader.RequiredText("named");
        var rule = ReadPhraseRule(reader, fileId, "id", "level", "only-with", "named");
        return id == fileId && level is { } signLevel && named is not null && rule is not null
            ? new WarningSignRule(new WarningSign(id, signLevel), rule, named, condition)
            : null;
    }

    private static T? Invalid<T>(MappingReader reader, string problem)
        where T : struct
    {
        reader.Problem(problem);
        return null;
    }

    private static MappingReader? Open(string path, string? subject, ProblemLog log)
    {
        if (!File.Exists(path))
        {
            log.Add(path, subject, "is missing");
            return null;
        }

        var mapping = YamlDocumentReader.ReadMapping(path, subject ?? Path.GetFileName(path), log);
        return mapping is null ? null : new MappingReader(mapping, path, subject ?? Path.GetFileNameWithoutExtension(path), log);
    }

    /// <summary>Parses every phrase now, so a notation mistake names its file and rule rather than stopping the build later.</summary>
    private static void CheckPhrasesCompile(TriageRules rules, ProblemLog log)
    {
        var parser = new PhrasePatternParser(new LexiconBuilder(), rules.WordClasses);
        foreach (var rule in rules.PhraseRules)
        {
            foreach (var phrase in rule.Phrases)
            {
                Try(() => parser.Parse(phrase, 0), rule.File, $"rule '{rule.Name}'", log);
            }
        }

        foreach (var duration in rules.Durations)
        {
            Try(() => parser.Parse(duration.Phrase, 0), "durations.yaml", $"duration '{duration.Phrase}'", log);
        }
    }

    private static void Try(Action parse, string path, string subject, ProblemLog log)
    {
        try
        {
            parse();
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            log.Add(path, subject, exception.Message);
        }
    }
}
