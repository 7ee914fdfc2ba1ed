using BackCareBot.BackCare.Triage.Durations;
using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Phrases;
using BackCareBot.BackCare.Triage.Rules;

namespace BackCareBot.BackCare.Triage.Vocabulary;

/// <summary>The rules of <c>dialogs/rules/</c> compiled once into a lexicon, a tokenizer and a matcher.</summary>
internal sealed class TriageVocabulary
{
    private readonly int[] unlessSetOf;
    private readonly int[] possessivePronouns;
    private readonly int her;
    private readonly int[] it;
    private readonly int[] afterObjectHer;
    private readonly int[] backReferences;
    private readonly int[] timeClauseOpeners;
    private readonly int[] possessedModifiers;
    private readonly int[] untilNow;
    private readonly int[] lifelong;
    private readonly int never;

    private TriageVocabulary(
        Lexicon lexicon, PhraseMatcher matcher, TriageRules rules, int[] unlessSetOf, int patternCount)
    {
        Lexicon = lexicon;
        Tokenizer = new Tokenizer(lexicon);
        Matcher = matcher;
        Signs = rules.Signs;
        Screening = rules.Screening;
        Occasions = rules.Occasions;
        this.unlessSetOf = unlessSetOf;
        possessivePronouns = [.. PossessivePronouns.Select(word => lexicon.Find(word)).Where(id => id != Lexicon.UnknownWord)];
        her = lexicon.Find("her");
        it = [.. ItWords.Select(word => lexicon.Find(word)).Where(id => id != Lexicon.UnknownWord)];
        afterObjectHer = [.. AfterObjectHer.Select(word => lexicon.Find(word)).Where(id => id != Lexicon.UnknownWord)];
        backReferences = [.. BackReferences.Select(word => lexicon.Find(word)).Where(id => id != Lexicon.UnknownWord)];
        timeClauseOpeners = [.. TimeClauseOpeners.Select(word => lexicon.Find(word)).Where(id => id != Lexicon.UnknownWord)];
        possessedModifiers = [.. PossessedModifiers.Select(word => lexicon.Find(word)).Where(id => id != Lexicon.UnknownWord)];
        untilNow = [.. UntilNow.Select(word => lexicon.Find(word)).Where(id => id != Lexicon.UnknownWord)];
        int[] lifeWords = [.. InMyLife.Select(word => lexicon.Find(word))];
        lifelong = Array.IndexOf(lifeWords, Lexicon.UnknownWord) < 0 ? lifeWords : [];
        never = lexicon.Find("never");
        PatternCount = patternCount;
    }

    public Lexicon Lexicon { get; }

    public Tokenizer Tokenizer { get; }

    public PhraseMatcher Matcher { get; }

    /// <summary>The warning signs; sign <c>i</c> is phrase set <c>PhraseSet.FirstWarningSign + i</c>.</summary>
    public IReadOnlyList<WarningSignRule> Signs { get; }

    /// <summary>The screening concepts; concept <c>i</c> is phrase set <see cref="FirstScreening"/> <c>+ i</c>.</summary>
    public IReadOnlyList<ScreeningRule> Screening { get; }

    /// <summary>The yearly occasions; a match of set <see cref="PhraseSet.Occasion"/> carries its index as its value's ticks.</summary>
    public IReadOnlyList<OccasionRule> Occasions { get; }

    public int FirstScreening => PhraseSet.FirstWarningSign + Signs.Count;

    public int PatternCount { get; }

    /// <summary>Possessives that name the owner of the next word only ("her bed"), not of the sentence.</summary>
    private static readonly string[] PossessivePronouns = ["his", "her", "their", "hers", "theirs"];

    public bool IsPossessivePronoun(Token token) => Array.IndexOf(possessivePronouns, token.Word) >= 0;

    private static readonly string[] ItWords = ["it", "it's", "its"];

    /// <summary>"it actually hurts", "it's killing him": a pain said of "it", up to two words before.</summary>
    public bool FollowsIt(ReadOnlySpan<Token> tokens, int index)
    {
        for (var i = Math.Max(0, index - 2); i < index; i++)
        {
            if (Array.IndexOf(it, tokens[i].Word) >= 0 && tokens[i].Sentence == tokens[index].Sentence)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words after which "her" is the person, not whose: "give her for the fever", "told her to rest".</summary>
    private static readonly string[] AfterObjectHer =
        ["for", "to", "a", "an", "the", "some", "something", "anything", "any", "up", "down", "in", "on", "out", "with", "and", "or", "if", "when", "at", "too", "now", "home"];

    /// <summary>"her" used as the person ("what should I give her for the fever"): the rest of the clause is hers.</summary>
    public bool IsObjectHer(ReadOnlySpan<Token> tokens, int index) =>
        tokens[index].Word == her
        && (index + 1 >= tokens.Length || tokens[index + 1].Sentence != tokens[index].Sentence || Array.IndexOf(afterObjectHer, tokens[index + 1].Word) >= 0);

    /// <summary>Words that open a clause about the one before: "I was in a car crash but that was back in 2009".</summary>
    private static readonly string[] BackReferences = ["that", "that's", "thats", "which", "like", "about", "around", "roughly", "maybe"];

    public bool IsBackReference(Token token) => Array.IndexOf(backReferences, token.Word) >= 0;

    /// <summary>
    /// Words that open a clause saying when the clause before happened: "had a fall off my bike when I was 10", "bladder
    /// trouble after giving birth 6 years ago".
    /// </summary>
    private static readonly string[] TimeClauseOpeners = ["when", "while", "whilst", "after", "before"];

    public bool OpensTimeClause(Token token) => Array.IndexOf(timeClauseOpeners, token.Word) >= 0;

    /// <summary>Words between a possessive and the body part it owns: "his lower back", "her left leg".</summary>
    private static readonly string[] PossessedModifiers = ["lower", "low", "upper", "left", "right", "poor", "bad", "sore", "whole"];

    public bool IsPossessedModifier(Token token) => Array.IndexOf(possessedModifiers, token.Word) >= 0;

    /// <summary>Words that end "never had ... before": what was never had until now.</summary>
    private static readonly string[] UntilNow = ["before", "till", "until", "til"];

    /// <summary>"never had back pain in my life, but...": the words that may stand between the thing and the contrast.</summary>
    private static readonly string[] InMyLife = ["in", "my", "life"];

    /// <summary>
    /// "I'm 68 and I've never had back pain before but it started 3 days ago": "never ... before" (or "in my life")
    /// followed by a contrast
    /// says the thing is new, not absent. Without the contrast ("never had back pain before, just want to keep it that
    /// way") the negation stands.
    /// </summary>
    public bool IsNewSinceNever(ReadOnlySpan<Token> tokens, PhraseMatch match)
    {
        var after = match.Last + 1;
        // "never had back pain in my life, but it started": the whole life is the "before".
        var wholeLife = after + 2 < tokens.Length && lifelong.Length == InMyLife.Length
            && tokens[after].Word == lifelong[0] && tokens[after + 1].Word == lifelong[1] && tokens[after + 2].Word == lifelong[2];
        var last = wholeLife ? after + 2 : after;
        if (last + 1 >= tokens.Length || (!wholeLife && Array.IndexOf(untilNow, tokens[after].Word) < 0)
            || tokens[last + 1].Segment == tokens[last].Segment || !tokens[last + 1].Has(WordFlags.SegmentBreak))
        {
            return false;
        }

        for (var p = match.First - 1; p >= 0 && p >= match.First - Negation.Window && tokens[p].Scope == tokens[match.First].Scope; p--)
        {
            if (tokens[p].Word == never)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The phrase set holding the <c>unless</c> phrases of <paramref name="set"/>, or -1 when it has none.</summary>
    public int UnlessSetOf(int set) => set < unlessSetOf.Length ? unlessSetOf[set] : -1;

    /// <summary>The phrase set of the warning sign with this id, or -1.</summary>
    public int SignSetOf(string id)
    {
        for (var index = 0; index < Signs.Count; index++)
        {
            if (Signs[index].Sign.Id == id)
            {
                return PhraseSet.FirstWarningSign + index;
            }
        }

        return -1;
    }

    public static TriageVocabulary Build(TriageRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var lexicon = new LexiconBuilder();
        FunctionWords.Register(lexicon);
        foreach (var word in PainDurationReader.WordsUsed.Append("can").Concat(BackReferences).Concat(PossessedModifiers).Concat(UntilNow).Append("never"))
        {
            lexicon.Word(word);
        }

        var parser = new PhrasePatternParser(lexicon, rules.WordClasses);
        var patterns = new List<PhrasePattern>();
        var sets = new List<(int Set, PhraseRule Rule)>
        {
            (PhraseSet.Pain, rules.Pain), (PhraseSet.Sharp, rules.Sharp), (PhraseSet.NotSharp, rules.NotSharp),
            (PhraseSet.SymptomContext, rules.SymptomContext), (PhraseSet.NewOnset, rules.NewOnset),
            (PhraseSet.MinorTrauma, rules.MinorTrauma), (PhraseSet.Crisis, rules.Crisis),
            (PhraseSet.Pregnant, rules.Pregnant), (PhraseSet.OtherBodyPart, rules.OtherBodyPart),
            (PhraseSet.LowerBack, rules.LowerBack), (PhraseSet.Past, rules.Context["past"]),
            (PhraseSet.Resolved, rules.Context["resolved"]), (PhraseSet.OtherPerson, rules.Context["other-person"]),
            (PhraseSet.NonHuman, rules.Context["non-human"]), (PhraseSet.SelfSubject, rules.Context["self-subject"]),
            (PhraseSet.SelfObject, rules.Context["self-object"]), (PhraseSet.Stiffness, rules.Stiffness),
            (PhraseSet.RoutineConcern, rules.RoutineConcern), (PhraseSet.TurnToSelf, rules.Context["turn-to-self"]),
            (PhraseSet.Hypothetical, rules.Context["hypothetical"]), (PhraseSet.LaughsOff, rules.Context["laughs-off"]),
            (PhraseSet.JoinsTheirEvent, rules.Context["joins-their-event"]),
        };
        for (var index = 0; index < rules.Signs.Count; index++)
        {
            sets.Add((PhraseSet.FirstWarningSign + index, rules.Signs[index].Rule));
        }

        for (var index = 0; index < rules.Screening.Count; index++)
        {
            sets.Add((PhraseSet.FirstWarningSign + rules.Signs.Count + index, rules.Screening[index].Rule));
        }

        var nextSet = PhraseSet.FirstWarningSign + rules.Signs.Count + rules.Screening.Count;
        var unlessSetOf = Enumerable.Repeat(-1, nextSet).ToArray();
        foreach (var (set, rule) in sets)
        {
            patterns.AddRange(rule.Phrases.Select(phrase => parser.Parse(phrase, set)));
            if (rule.Unless.Count > 0)
            {
                unlessSetOf[set] = nextSet;
                patterns.AddRange(rule.Unless.Select(phrase => parser.Parse(phrase, nextSet)));
                nextSet++;
            }
        }

        patterns.AddRange(rules.Durations.Select(duration => parser.Parse(duration.Phrase, PhraseSet.DurationPhrase, duration.Value)));
        patterns.AddRange(rules.Occasions.Select((occasion, index) => parser.Parse(occasion.Phrase, PhraseSet.Occasion, TimeSpan.FromTicks(index))));
        var built = lexicon.Build(rules.TypoTolerant);
        var matcher = new PhraseMatcher(patterns, built.WordCount, nextSet);
        return new TriageVocabulary(built, matcher, rules, unlessSetOf, patterns.Count);
    }
}
