using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Text;
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

    public const string ScreeningFolder = "screening";

    private static readonly Dictionary<string, string[]> RulesByFile = new(StringComparer.Ordinal)
    {
        ["pain.yaml"] = ["pain", "symptom-context", "new-onset", "minor-trauma", "routine-concern"],
        ["sharpness.yaml"] = ["sharp", "not-sharp"],
        ["crisis.yaml"] = ["crisis"],
        ["pregnancy.yaml"] = ["pregnant"],
        ["scope.yaml"] = ["other-body-part", "lower-back", "stiffness"],
        ["context.yaml"] = ["past", "resolved", "other-person", "non-human", "self-subject", "self-object", "turn-to-self", "hypothetical", "laughs-off", "joins-their-event"],
    };

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
        var named = new Dictionary<string, PhraseRule>(StringComparer.Ordinal);
        foreach (var file in RulesByFile.Keys)
        {
            ReadFile(Path.Combine(folder, file), named, log);
        }

        // One file holds both the fixed lengths and the yearly occasions: read once.
        var durationsFile = Open(Path.Combine(folder, "durations.yaml"), null, log);
        var durations = ReadDurations(durationsFile, log);
        var occasions = OccasionReader.Read(durationsFile, log);
        var signs = ReadSigns(Path.Combine(folder, WarningSignsFolder), log);
        var screening = ReadScreening(Path.Combine(folder, ScreeningFolder), signs, log);
        var typos = ReadTypoTolerant(Path.Combine(folder, TyposFile), log);
        var glossary = ReadGlossary(Path.Combine(folder, GlossaryFile), log);

        var rules = log.Count == 0 && classes is not null && durations is not null && typos is not null && glossary is not null
            ? new TriageRules
            {
                WordClasses = classes,
                Pain = named["pain"],
                SymptomContext = named["symptom-context"],
                NewOnset = named["new-onset"],
                MinorTrauma = named["minor-trauma"],
                RoutineConcern = named["routine-concern"],
                Sharp = named["sharp"],
                NotSharp = named["not-sharp"],
                Durations = durations,
                Occasions = occasions,
                Signs = signs,
                Crisis = named["crisis"],
                Pregnant = named["pregnant"],
                OtherBodyPart = named["other-body-part"],
                LowerBack = named["lower-back"],
                Stiffness = named["stiffness"],
                Context = RulesByFile["context.yaml"].ToDictionary(name => name, name => named[name], StringComparer.Ordinal),
                Screening = screening,
                TypoTolerant = typos,
                Glossary = glossary,
            }
            : null;
        if (rules is not null)
        {
            CheckPhrasesCompile(rules, log);
            var ruleWords = RuleWords(rules);
            CheckTypoTolerantWordsAreUsed(rules, ruleWords, log);
            CheckGlossaryLeavesRuleWordsAlone(rules, ruleWords, log);
        }

        return log.Count == 0 && rules is not null ? rules : throw new KnowledgeException(log.Problems);
    }

    public const string TyposFile = "typos.yaml";

    public const string GlossaryFile = "glossary.yaml";

    /// <summary>The longest glossary entry, in words.</summary>
    public const int MaxGlossaryWords = 6;

    /// <summary>
    /// glossary.yaml: a mapping of languages, each a mapping of words as people type them to the English read instead.
    /// </summary>
    private static List<GlossaryEntry>? ReadGlossary(string path, ProblemLog log)
    {
        var reader = Open(path, "glossary", log);
        if (reader is null)
        {
            return null;
        }

        reader.RejectUnknownKeys("glossary");
        if (reader.Node("glossary") is not YamlMappingNode languages)
        {
            reader.Problem("'glossary' must be a mapping of languages, each a mapping of words to English");
            return null;
        }

        var entries = new List<GlossaryEntry>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (languageNode, wordsNode) in languages.Children)
        {
            var language = ((YamlScalarNode)languageNode).Value ?? "";
            if (wordsNode is not YamlMappingNode words)
            {
                log.Add(path, $"language '{language}'", "must be a mapping of words to English");
                continue;
            }

            foreach (var (wordNode, englishNode) in words.Children)
            {
                var source = (wordNode as YamlScalarNode)?.Value ?? "";
                var english = (englishNode as YamlScalarNode)?.Value ?? "";
                var subject = $"{language}: '{source}'";
                var count = source.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                // Arabic typed in Latin letters writes some sounds as digits ("wage3ni", "7ali"): a word may hold digits,
                // but not only digits.
                if (count == 0 || count > MaxGlossaryWords || source != source.ToLowerInvariant().Trim()
                    || !source.All(c => char.IsLetterOrDigit(c) || Text.WordCharacters.IsCombiningMark(c) || c is ' ' or '\'' or '-')
                    || source.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(word => !word.Any(char.IsLetter)))
                {
                    log.Add(path, subject, $"must be 1 to {MaxGlossaryWords} lower-case words of letters (digits only inside a word)");
                }
                else if (english.Length > 0 && english != english.ToLowerInvariant().Trim())
                {
                    log.Add(path, subject, "its English must be lower-case words");
                }
                else if (seen.TryGetValue(MessageGlossary.Fold(source), out var earlier) && earlier != english)
                {
                    log.Add(path, subject, $"is already read as '{earlier}'");
                }
                else
                {
                    seen[MessageGlossary.Fold(source)] = english;
                    entries.Add(new GlossaryEntry(language, source, english));
                }
            }
        }

        return entries;
    }

    /// <summary>
    /// A single glossary word that a phrase of the rules names would be read as English before the phrase could see
    /// it ("nicht" in "kann ..3 nicht ..3 pinkeln"): the word belongs to one place or the other.
    /// </summary>
    private static void CheckGlossaryLeavesRuleWordsAlone(TriageRules rules, Lexicon ruleWords, ProblemLog log)
    {
        var path = Path.Combine(Path.GetDirectoryName(rules.Pain.File) ?? "", GlossaryFile);
        foreach (var entry in rules.Glossary.Where(entry => !entry.Words.Contains(' ') && ruleWords.Find(entry.Words) != Lexicon.UnknownWord))
        {
            log.Add(path, $"{entry.Language}: '{entry.Words}'", "is a word of the rules' phrases; leave it to them or take it out of them");
        }
    }

    /// <summary>Every word a phrase or an <c>unless</c> phrase of the rules names, for the checks across files.</summary>
    private static Lexicon RuleWords(TriageRules rules)
    {
        var lexicon = new LexiconBuilder();
        var parser = new PhrasePatternParser(lexicon, rules.WordClasses);
        foreach (var phrase in rules.PhraseRules.SelectMany(rule => rule.Phrases.Concat(rule.Unless)))
        {
            parser.Parse(phrase, 0);
        }

        return lexicon.Build();
    }

    /// <summary>The words read with one typo: each a single lower-case word of at least <see cref="Lexicon.TypoMinLength"/> letters.</summary>
    private static IReadOnlyList<string>? ReadTypoTolerant(string path, ProblemLog log)
    {
        var reader = Open(path, "typo-tolerant words", log);
        if (reader is null)
        {
            return null;
        }

        reader.RejectUnknownKeys("typo-tolerant");
        var words = reader.RequiredTextList("typo-tolerant");
        foreach (var word in words ?? [])
        {
            if (word.Length < Lexicon.TypoMinLength || !word.All(char.IsAsciiLetterLower))
            {
                log.Add(path, $"word '{word}'", $"must be one lower-case word of at least {Lexicon.TypoMinLength} letters");
            }
        }

        return words;
    }

    /// <summary>A typo-tolerant word that no phrase uses would correct typos into a word nothing reads.</summary>
    private static void CheckTypoTolerantWordsAreUsed(TriageRules rules, Lexicon ruleWords, ProblemLog log)
    {
        foreach (var word in rules.TypoTolerant.Where(word => ruleWords.Find(word) == Lexicon.UnknownWord))
        {
            log.Add(Path.Combine(Path.GetDirectoryName(rules.Pain.File) ?? "", TyposFile), $"word '{word}'", "is in no phrase of the rules");
        }
    }

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

    /// <summary>A file of named phrase rules (pain.yaml, context.yaml...): every rule it should hold is required.</summary>
    private static void ReadFile(string path, Dictionary<string, PhraseRule> rules, ProblemLog log)
    {
        var reader = Open(path, null, log);
        if (reader is null)
        {
            return;
        }

        var expected = RulesByFile[Path.GetFileName(path)];
        reader.RejectUnknownKeys(expected);
        foreach (var name in expected)
        {
            var mapping = reader.RequiredMapping(name);
            if (mapping is not null && ReadPhraseRule(new MappingReader(mapping, path, $"rule '{name}'", log), name) is { } rule)
            {
                rules[name] = rule;
            }
        }
    }

    private static PhraseRule? ReadPhraseRule(MappingReader reader, string name, params string[] otherKeys)
    {
        reader.RejectUnknownKeys(["phrases", "examples", "counter-examples", "unless", .. otherKeys]);
        var phrases = reader.RequiredTextList("phrases");
        var examples = reader.RequiredTextList("examples");
        var counterExamples = reader.RequiredTextList("counter-examples");
        var unless = reader.Node("unless") is { } node ? reader.TextListOf("unless", node) : [];
        return phrases is null || examples is null || counterExamples is null || unless is null
            ? null
            : new PhraseRule(name, reader.Path, phrases, examples, counterExamples, unless);
    }

    private static List<ScreeningRule> ReadScreening(string folder, IReadOnlyList<WarningSignRule> signs, ProblemLog log)
    {
        var concepts = new List<ScreeningRule>();
        if (!Directory.Exists(folder))
        {
            log.Add(folder, null, "is missing: the screening questions live there, one file each");
            return concepts;
        }

        var signIds = signs.Select(sign => sign.Sign.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileNameWithoutExtension(path);
            var reader = Open(path, $"screening concept '{id}'", log);
            if (reader is null)
            {
                continue;
            }

            var question = reader.RequiredText("question");
            var covers = reader.RequiredTextList("covers");
            foreach (var unknown in covers?.Where(sign => !signIds.Contains(sign)) ?? [])
            {
                reader.Problem($"'covers' names '{unknown}', which is no warning sign in {WarningSignsFolder}/");
            }

            var answers = reader.RequiredMapping("answers");
            var answerReader = answers is null ? null : reader.Child(answers, "answers");
            answerReader?.RejectUnknownKeys("yes", "no");
            var yes = answerReader?.RequiredTextList("yes");
            var no = answerReader?.RequiredText("no");
            var condition = reader.OptionalText("only-with") switch
            {
                null => SignCondition.None,
                "pregnancy" => SignCondition.Pregnancy,
                "covered-sign" => SignCondition.CoveredSign,
                var other => Invalid<SignCondition>(reader, $"'only-with' is '{other}': a screening question takes 'pregnancy' or 'covered-sign'") ?? SignCondition.None,
            };
            var answerContext = reader.OptionalText("answer-context");
            var rule = ReadPhraseRule(reader, id, "id", "question", "answers", "covers", "only-with", "answer-context");
            if (reader.RequiredText("id") is { } declared && declared != id)
            {
                reader.Problem($"'id' is '{declared}' but the file is named '{id}.yaml': they must match");
            }
            else if (rule is not null && question is not null && covers is not null && yes is not null && no is not null)
            {
                concepts.Add(new ScreeningRule(id, rule, question, yes, no, covers, condition, answerContext));
            }
        }

        return concepts;
    }

    /// <param name="reader">durations.yaml, or null when it could not be read (already logged).</param>
    private static List<DurationRule>? ReadDurations(MappingReader? reader, ProblemLog log)
    {
        if (reader?.Node("durations") is not YamlSequenceNode sequence)
        {
            reader?.Problem("'durations' must be a list of { phrase, days, examples }");
            return null;
        }

        var durations = new List<DurationRule>();
        foreach (var entry in YamlEntries.Of(sequence, reader.Path, "duration", log, "phrase", "days", "examples"))
        {
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
            "pain" => SignCondition.Pain,
            "pregnancy" => SignCondition.Pregnancy,
            var other => Invalid<SignCondition>(reader, $"'only-with' is '{other}': it is 'minor-trauma', 'new-pain', 'pain' or 'pregnancy'") ?? SignCondition.None,
        };
        var named = reader.RequiredText("named");
        var history = reader.OptionalText("history") switch
        {
            null or "false" => false,
            "true" => true,
            var other => Invalid<bool>(reader, $"'history' is '{other}': it is true or false") ?? false,
        };
        var rule = ReadPhraseRule(reader, fileId, "id", "level", "only-with", "named", "history");
        return id == fileId && level is { } signLevel && named is not null && rule is not null
            ? new WarningSignRule(new WarningSign(id, signLevel), rule, named, condition, history)
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
            foreach (var phrase in rule.Phrases.Concat(rule.Unless))
            {
                Try(() => parser.Parse(phrase, 0), rule.File, $"rule '{rule.Name}'", log);
            }
        }

        foreach (var duration in rules.Durations)
        {
            Try(() => parser.Parse(duration.Phrase, 0), "durations.yaml", $"duration '{duration.Phrase}'", log);
        }

        foreach (var occasion in rules.Occasions)
        {
            Try(() => parser.Parse(occasion.Phrase, 0), "durations.yaml", $"occasion '{occasion.Phrase}'", log);
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
