using BackCareBot.BackCare.Triage.Durations;
using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Phrases;

namespace BackCareBot.BackCare.Triage.Vocabulary;

/// <summary>Every phrase list compiled once into a lexicon, a tokenizer and a matcher.</summary>
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

    public static TriageVocabulary Build()
    {
        var lexicon = new LexiconBuilder();
        FunctionWords.Register(lexicon);
        foreach (var word in PainDurationReader.WordsUsed.Append("can"))
        {
            lexicon.Word(word);
        }

        var parser = new PhrasePatternParser(lexicon, WordClasses.All);
        var patterns = new List<PhrasePattern>();
        void Add(int set, IEnumerable<string> phrases) => patterns.AddRange(phrases.Select(phrase => parser.Parse(phrase, set)));

        Add(PhraseSet.Pain, PainPhrases.Pain);
        Add(PhraseSet.Sharp, SharpnessPhrases.Sharp);
        Add(PhraseSet.NotSharp, SharpnessPhrases.NotSharp);
        Add(PhraseSet.SymptomContext, PainPhrases.SymptomContext);
        Add(PhraseSet.NewOnset, PainPhrases.NewOnset);
        Add(PhraseSet.MinorTrauma, PainPhrases.MinorTrauma);
        patterns.AddRange(DurationPhrases.All.Select(duration => parser.Parse(duration.Phrase, PhraseSet.DurationPhrase, duration.Value)));

        IReadOnlyList<WarningSignRule> signs = [.. EmergencySigns.Rules, .. UrgentSigns.Rules];
        for (var index = 0; index < signs.Count; index++)
        {
            Add(PhraseSet.FirstWarningSign + index, signs[index].Phrases);
        }

        var built = lexicon.Build();
        var matcher = new PhraseMatcher(patterns, built.WordCount, PhraseSet.FirstWarningSign + signs.Count);
        return new TriageVocabulary(built, matcher, signs, patterns.Count);
    }
}
