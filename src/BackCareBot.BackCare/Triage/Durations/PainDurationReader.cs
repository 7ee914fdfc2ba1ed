using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Phrases;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Token = BackCareBot.BackCare.Triage.Language.Token;

namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>
/// Reads how long the pain has lasted. The date recogniser (Microsoft.Recognizers.Text, ~0.2 ms a call and more on
/// long text) runs only when a word hints at a time expression, and only on a few short windows around those
/// words, so its cost is bounded whatever the message. A duration counts only in a message about symptoms or in a
/// bare answer to "how long?": "I sit 8 hours a day" is not pain for 8 hours.
/// </summary>
internal sealed class PainDurationReader
{
    /// <summary>Words this reader looks up by name; they must be in the lexicon.</summary>
    public static IReadOnlyList<string> WordsUsed { get; } =
    [
        "since", "the", "than", "or", "and", "a", "bit", "more", "longer",
        "wk", "wks", "wkz", "mth", "mths", "mnth", "mnths", "yr", "yrs", "hr", "hrs", "dys",
    ];

    /// <summary>A bare answer to "how long?" is short: "it's been about ten days I think".</summary>
    private const int BareAnswerMaxWords = 12;

    /// <summary>Words either side of a time hint that the recogniser sees.</summary>
    private const int WindowReach = 5;

    private const int MaxWindowWords = 16;
    private const int MaxWindows = 2;

    private static readonly string[] WarmUpPhrases =
    [
        "my back has hurt for two weeks", "10 days", "a fortnight", "for a couple of weeks", "about ten days", "a few days",
        "since last month", "started 3 weeks ago", "since last friday", "since monday", "since october", "more than a week",
        "since this morning", "yesterday", "today", "last night", "since 8am", "for the last few weeks",
        "for about a week and a half", "nearly two weeks", "since the 1st of the month", "since christmas",
        "since last summer", "one and a half weeks", "since the weekend", "in the last 24 hours", "since 2023",
        "on 1st november", "since 11/01", "i sit 8 hours a day", "it started 2 days ago",
    ];

    private readonly DateTimeModel model;
    private readonly int since;
    private readonly int the;
    private readonly int than;
    private readonly int or;
    private readonly int and;
    private readonly int a;
    private readonly int bit;
    private readonly int more;
    private readonly int longer;
    private readonly Dictionary<int, TimeSpan> abbreviatedUnits;

    public PainDurationReader(Lexicon lexicon)
    {
        model = new DateTimeRecognizer(Culture.English, DateTimeOptions.None, lazyInitialization: false).GetDateTimeModel();
        since = lexicon.Find("since");
        the = lexicon.Find("the");
        than = lexicon.Find("than");
        or = lexicon.Find("or");
        and = lexicon.Find("and");
        a = lexicon.Find("a");
        bit = lexicon.Find("bit");
        more = lexicon.Find("more");
        longer = lexicon.Find("longer");
        abbreviatedUnits = new Dictionary<int, TimeSpan>
        {
            [lexicon.Find("wk")] = TimeSpan.FromDays(7),
            [lexicon.Find("wks")] = TimeSpan.FromDays(7),
            [lexicon.Find("wkz")] = TimeSpan.FromDays(7),
            [lexicon.Find("mth")] = TimeSpan.FromDays(30),
            [lexicon.Find("mths")] = TimeSpan.FromDays(30),
            [lexicon.Find("mnth")] = TimeSpan.FromDays(30),
            [lexicon.Find("mnths")] = TimeSpan.FromDays(30),
            [lexicon.Find("yr")] = TimeSpan.FromDays(365),
            [lexicon.Find("yrs")] = TimeSpan.FromDays(365),
            [lexicon.Find("hr")] = TimeSpan.FromHours(1),
            [lexicon.Find("hrs")] = TimeSpan.FromHours(1),
            [lexicon.Find("dys")] = TimeSpan.FromDays(1),
        };
    }

    /// <summary>Builds the recogniser's lazily compiled paths, so the first person to say "since Friday" does not wait.</summary>
    public void Warm(DateTime reference)
    {
        foreach (var phrase in WarmUpPhrases)
        {
            model.Parse(phrase, reference);
        }
    }

    /// <param name="text">The normalized text the tokens come from.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="scan">The phrases found in it.</param>
    /// <param name="aboutSymptoms">The message talks about pain, an injury or symptoms.</param>
    /// <param name="reference">The person's own clock when they wrote it.</param>
    public TimeSpan? Read(string text, ReadOnlySpan<Token> tokens, PhraseScan scan, bool aboutSymptoms, DateTime reference)
    {
        if (!aboutSymptoms && tokens.Length > BareAnswerMaxWords)
        {
            return null;
        }

        var candidates = new List<DurationCandidate>();
        AddPhrases(scan, candidates);
        AddAbbreviated(tokens, candidates);
        AddDayOfMonth(tokens, reference, candidates);
        if (HasTimeHint(text, tokens))
        {
            AddRecognized(text, tokens, reference, candidates);
        }

        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (!IsAboutPain(candidates[i], tokens) || IsPainScore(candidates[i], text, tokens))
            {
                candidates.RemoveAt(i);
            }
        }

        if (candidates.Count == 0 || (!aboutSymptoms && !IsBareAnswer(tokens, candidates)))
        {
            return null;
        }

        return Choose(candidates, tokens, scan);
    }

    private static void AddPhrases(PhraseScan scan, List<DurationCandidate> candidates)
    {
        foreach (var match in scan.Matches)
        {
            if (match.Pattern.Set == PhraseSet.DurationPhrase && !match.Negated)
            {
                candidates.Add(new DurationCandidate(match.Pattern.Value, match.First, match.Last));
            }
        }
    }

    /// <summary>"2 wks", "3 yrs": abbreviations the recogniser does not know.</summary>
    private void AddAbbreviated(ReadOnlySpan<Token> tokens, List<DurationCandidate> candidates)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Number > 0 && abbreviatedUnits.TryGetValue(tokens[i + 1].Word, out var unit))
            {
                candidates.Add(new DurationCandidate(unit * Math.Min(tokens[i].Number, 1000), i, i + 1));
            }
        }
    }

    /// <summary>"since the 2nd": the recogniser misses a bare day of the month after "since".</summary>
    private void AddDayOfMonth(ReadOnlySpan<Token> tokens, DateTime reference, List<DurationCandidate> candidates)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Word != since)
            {
                continue;
            }

            var day = tokens[i + 1].Word == the && i + 2 < tokens.Length ? i + 2 : i + 1;
            if (tokens[day].IsOrdinal && LatestDayOfMonth(reference, tokens[day].Number) is { } start)
            {
                candidates.Add(new DurationCandidate(reference - start, i, day));
            }
        }
    }

    private static DateTime? LatestDayOfMonth(DateTime reference, int day)
    {
        var month = new DateTime(reference.Year, reference.Month, 1, 0, 0, 0, reference.Kind);
        for (var back = 0; back < 3 && day is >= 1 and <= 31; back++)
        {
            var candidate = month.AddMonths(-back);
            if (day <= DateTime.DaysInMonth(candidate.Year, candidate.Month) && candidate.AddDays(day - 1) <= reference)
            {
                return candidate.AddDays(day - 1);
            }
        }

        return null;
    }

    private static bool HasTimeHint(string text, ReadOnlySpan<Token> tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (IsTimeHint(text, tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsTimeHint(string text, ReadOnlySpan<Token> tokens, int i)
    {
        var token = tokens[i];
        if (token.Has(WordFlags.TimeHint) || char.IsAsciiDigit(text[token.Start]))
        {
            return true;
        }

        // "may" and "march" are months only beside a date word: "since may", "in march", "march 3rd".
        return token.Has(WordFlags.AmbiguousMonth)
            && ((i > 0 && tokens[i - 1].Has(WordFlags.Filler | WordFlags.TimeHint))
                || (i + 1 < tokens.Length && char.IsAsciiDigit(text[tokens[i + 1].Start])));
    }

    private void AddRecognized(string text, ReadOnlySpan<Token> tokens, DateTime reference, List<DurationCandidate> candidates)
    {
        Span<(int First, int Last)> windows = stackalloc (int, int)[MaxWindows];
        var count = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!IsTimeHint(text, tokens, i))
            {
                continue;
            }

            var first = Math.Max(0, i - WindowReach);
            var last = Math.Min(tokens.Length - 1, i + WindowReach);
            if (count > 0 && first <= windows[count - 1].Last + 1 && last - windows[count - 1].First < MaxWindowWords)
            {
                windows[count - 1].Last = last;
            }
            else if (count < MaxWindows)
            {
                var from = count > 0 ? Math.Max(first, windows[count - 1].Last + 1) : first;
                windows[count] = (from, last);
                count++;
            }
            else
            {
                break;
            }
        }

        foreach (var (first, last) in windows[..count])
        {
            var offset = tokens[first].Start;
            var window = text[offset..tokens[last].End];
            foreach (var result in Parse(window, reference))
            {
                AddResult(result, offset, text, tokens[first..(last + 1)], first, reference, candidates);
            }
        }
    }

    /// <summary>
    /// The recogniser is third-party code fed with arbitrary text; if it fails on some input, the message simply has
    /// no recognised duration (the dialog asks), and warning signs and sharpness are unaffected.
    /// </summary>
    private List<ModelResult> Parse(string window, DateTime reference)
    {
        try
        {
            return model.Parse(window, reference);
        }
#pragma warning disable CA1031 // A recogniser failure must not fail the person's turn; see the summary.
        catch (Exception exception) when (exception is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            return [];
        }
    }

    private void AddResult(
        ModelResult result,
        int offset,
        string text,
        ReadOnlySpan<Token> window,
        int windowFirst,
        DateTime reference,
        List<DurationCandidate> candidates)
    {
        var start = offset + result.Start;
        var end = offset + result.End + 1;
        int first = -1, last = -1;
        for (var k = 0; k < window.Length; k++)
        {
            if (window[k].Start >= start && window[k].End <= end)
            {
                first = first < 0 ? windowFirst + k : first;
                last = windowFirst + k;
            }
        }

        if (first < 0 || RecognizedTime.Resolve(result, reference) is not { } resolved)
        {
            return;
        }

        var value = resolved.Value;
        if (resolved.IsLength)
        {
            var said = SaidMoreOrLess(text, window, first - windowFirst, last - windowFirst, end);
            value = said > 0 ? RecognizedTime.MoreThan(value) : said < 0 ? RecognizedTime.LessThan(value) : value;
        }

        candidates.Add(new DurationCandidate(value, first, last));
    }

    /// <summary>+1 for "over a week", "more than", "a week+", "a week or more"; -1 for "almost", "less than", "under".</summary>
    private int SaidMoreOrLess(string text, ReadOnlySpan<Token> window, int first, int last, int end)
    {
        var before = first - 1;
        if (before >= 0 && window[before].Word == than)
        {
            before--;
        }

        if (before >= 0 && window[before].Segment == window[first].Segment)
        {
            if (window[before].Has(WordFlags.MoreThan))
            {
                return 1;
            }

            if (window[before].Has(WordFlags.LessThan))
            {
                return -1;
            }
        }

        var after = last + 1;
        var moreAfter = (end < text.Length && text[end] == '+')
            || (after < window.Length && window[after].Has(WordFlags.MoreThan))
            || (after + 1 < window.Length && window[after].Word == or && (window[after + 1].Word == more || window[after + 1].Word == longer))
            || (after + 2 < window.Length && window[after].Word == and && window[after + 1].Word == a && window[after + 2].Word == bit);
        return moreAfter ? 1 : 0;
    }

    /// <summary>Not an age ("55 years old"), a frequency ("8 hours a day") or an activity ("hold for 30 seconds").</summary>
    private static bool IsAboutPain(DurationCandidate candidate, ReadOnlySpan<Token> tokens)
    {
        if (candidate.Last + 1 < tokens.Length && tokens[candidate.Last + 1].Has(WordFlags.AgeWord))
        {
            return false;
        }

        for (var k = candidate.First + 1; k <= candidate.Last + 1 && k + 1 < tokens.Length; k++)
        {
            if (tokens[k].Has(WordFlags.FrequencyLead) && tokens[k - 1].Has(WordFlags.TimeHint) && tokens[k + 1].Has(WordFlags.TimeUnit))
            {
                return false;
            }
        }

        var segment = tokens[candidate.First].Segment;
        for (var p = candidate.First - 1; p >= 0 && p >= candidate.First - 3 && tokens[p].Segment == segment; p--)
        {
            if (tokens[p].Has(WordFlags.Activity))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"the pain is 9/10" is a score, not the 9th of October.</summary>
    private bool IsPainScore(DurationCandidate candidate, string text, ReadOnlySpan<Token> tokens)
    {
        var (score, outOf) = (tokens[candidate.First], tokens[candidate.Last]);
        return candidate.Last == candidate.First + 1
            && score.Number is >= 0 and <= 10
            && outOf.Number == 10
            && text.AsSpan(score.End, outOf.Start - score.End).Contains('/')
            && (candidate.First == 0 || tokens[candidate.First - 1].Word != since);
    }

    /// <summary>A short message that is nothing but a duration and filler words answers "how long?".</summary>
    private static bool IsBareAnswer(ReadOnlySpan<Token> tokens, List<DurationCandidate> candidates)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].Has(WordFlags.Filler) && !candidates.Exists(candidate => candidate.Covers(i)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The longest duration said in a sentence about symptoms; otherwise the longest said at all.</summary>
    private static TimeSpan Choose(List<DurationCandidate> candidates, ReadOnlySpan<Token> tokens, PhraseScan scan)
    {
        TimeSpan? best = null;
        var bestNearSymptoms = false;
        foreach (var candidate in candidates)
        {
            var nearSymptoms = SentenceMentionsSymptoms(tokens[candidate.First].Sentence, tokens, scan);
            if ((nearSymptoms && !bestNearSymptoms) || (nearSymptoms == bestNearSymptoms && (best is null || candidate.Value > best)))
            {
                best = candidate.Value;
                bestNearSymptoms = nearSymptoms;
            }
        }

        return best!.Value;
    }

    private static bool SentenceMentionsSymptoms(int sentence, ReadOnlySpan<Token> tokens, PhraseScan scan)
    {
        foreach (var match in scan.Matches)
        {
            if (match.Pattern.Set is PhraseSet.Pain or PhraseSet.Sharp or PhraseSet.NotSharp or PhraseSet.SymptomContext
                && tokens[match.First].Sentence == sentence)
            {
                return true;
            }
        }

        return false;
    }
}
