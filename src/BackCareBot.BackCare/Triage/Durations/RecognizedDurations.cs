using BackCareBot.BackCare.Triage.Language;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Token = BackCareBot.BackCare.Triage.Language.Token;

namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>
/// Runs Microsoft.Recognizers.Text's date-time model (~0.2 ms a call, more on long text) on at most
/// <see cref="MaxWindows"/> short windows around the words that hint at a time expression, so its cost is bounded
/// whatever the message, and turns its results into <see cref="DurationCandidate"/>s.
/// </summary>
internal sealed class RecognizedDurations
{
    /// <summary>Words this class looks up by name; they must be in the lexicon.</summary>
    public static IReadOnlyList<string> WordsUsed { get; } = ["than", "or", "and", "a", "bit", "more", "longer"];

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
    private readonly int than;
    private readonly int or;
    private readonly int and;
    private readonly int a;
    private readonly int bit;
    private readonly int more;
    private readonly int longer;

    public RecognizedDurations(Lexicon lexicon)
    {
        model = new DateTimeRecognizer(Culture.English, DateTimeOptions.None, lazyInitialization: false).GetDateTimeModel();
        than = lexicon.Find("than");
        or = lexicon.Find("or");
        and = lexicon.Find("and");
        a = lexicon.Find("a");
        bit = lexicon.Find("bit");
        more = lexicon.Find("more");
        longer = lexicon.Find("longer");
    }

    /// <summary>Builds the recogniser's lazily compiled paths, so the first person to say "since Friday" does not wait.</summary>
    public void Warm(DateTime reference)
    {
        foreach (var phrase in WarmUpPhrases)
        {
            model.Parse(phrase, reference);
        }
    }

    /// <summary>A cheap scan (flags already on the words) that says whether the recogniser is worth running.</summary>
    public static bool HasTimeHint(string text, ReadOnlySpan<Token> tokens)
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

    /// <summary>Adds what the recogniser finds in the windows around the message's time hints.</summary>
    public void Add(string text, ReadOnlySpan<Token> tokens, DateTime reference, List<DurationCandidate> candidates)
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
}
