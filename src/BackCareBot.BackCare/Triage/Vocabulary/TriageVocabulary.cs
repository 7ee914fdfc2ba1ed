using BackCareBot.BackCare.Triage.Durations;
using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Phrases;
using BackCareBot.BackCare.Triage.Rules;

namespace BackCareBot.BackCare.Triage.Vocabulary;

/// <summary>The rules of <c>dialogs/rules/</c> compiled once into a lexicon, a tokenizer and a matcher.</summary>
internal sealed class TriageVocabulary
{
    private TriageVocabulary(Lexicon lexicon, PhraseMatcher matcher, IReadOnlyList<WarningSignRule> signs, int patternCount)
    {
        Lexicon = lexicon;
        Tokenizer = new Tokenizer(lexicon);
        Matcher = matcher;
        Signs = signs;
        PatternCount = patternCount;
    }

    public Lexicon Lexicon { get; }

    public Tokenizer Tokenizer { get; }

    public PhraseMatcher Matcher { get; }

    /// <summary>The warning signs; sign <c>i</c> is phrase set <c>PhraseSet.FirstWarningSign + i</c>.</summary>
    public IReadOnlyList<WarningSignRule> Signs { get; }

    public int PatternCount { get; }

    public static TriageVocabulary Build(TriageRules rules)
    {
        var lexicon = new LexiconBuilder();
        FunctionWords.Register(lexicon);
        foreach (var word in PainDurationReader.WordsUsed.Append("can"))
        {
            lexicon.Word(word);
        }

        ArgumentNullException.ThrowIfNull(rules);
        var parser = new PhrasePatternParser(lexicon, rules.WordClasses);
        var patterns = new List<PhrasePattern>();
        void Add(int set, IEnumerable<string> phrases) => patterns.AddRange(phrases.Select(phrase => parser.Parse(phrase, set)));

        Add(PhraseSet.Pain, rules.Pain.Phrases);
        Add(PhraseSet.Sharp, rules.Sharp.Phrases);
        Add(PhraseSet.NotSharp, rules.NotSharp.Phrases);
        Add(PhraseSet.SymptomContext, rules.SymptomContext.Phrases);
        Add(PhraseSet.NewOnset, rules.NewOnset.Phrases);
        Add(PhraseSet.MinorTrauma, rules.MinorTrauma.Phrases);
        patterns.AddRange(rules.Durations.Select(duration => parser.Parse(duration.Phrase, PhraseSet.DurationPhrase, duration.Value)));

        var signs = rules.Signs;
        for (var index = 0; index < signs.Count; index++)
        {
            Add(PhraseSet.FirstWarningSign + index, signs[index].Phrases);
        }

        var built = lexicon.Build();
        var matcher = new PhraseMatcher(patterns, built.WordCount, PhraseSet.FirstWarningSign + signs.Count);
        return new TriageVocabulary(built, matcher, signs, patterns.Count);
    }
}
