using BackCareBot.BackCare.Triage.Language;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;
using Token = BackCareBot.BackCare.Triage.Language.Token;

namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>
/// Runs Microsoft.Recognizers.Text's date-time model (0.1-0.5 ms and ~80 KB a call, more on long text) on at most
/// <see cref="MaxWindows"/> short windows around the words that hint at a time expression <see cref="CommonTimeReader"/>
/// did not read, so its cost is bounded whatever the message, and turns its results into <see cref="DurationCandidate"/>s.
/// </summary>
internal sealed class RecognizedDurations
{
    public const int MaxWindows = 2;

    /// <summary>Words either side of a time hint that the recogniser sees.</summary>
    private const int WindowReach = 5;

    private const int MaxWindowWords = 16;

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
    private readonly MoreOrLess moreOrLess;

    public RecognizedDurations(Lexicon lexicon)
    {
        model = new DateTimeRecognizer(Culture.English, DateTimeOptions.None, lazyInitialization: false).GetDateTimeModel();
        moreOrLess = new MoreOrLess(lexicon);
    }

    /// <summary>Builds the recogniser's lazily compiled paths, so the first person to say "since Friday" does not wait.</summary>
    public void Warm(DateTime reference)
    {
        foreach (var phrase in WarmUpPhrases)
        {
            model.Parse(phrase, reference);
        }
    }

    /// <summary>
    /// The windows the recogniser should read: around the time hints (a cheap scan of flags already on the words)
    /// that no reading of <see cref="CommonTimeReader"/> covers, widened so that none cuts such a reading in two.
    /// </summary>
    /// <returns>How many windows it planned: 0 when the recogniser need not run.</returns>
    public static int PlanWindows(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<TimeReading> readings, Span<(int First, int Last)> windows)
    {
        var count = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!IsTimeHint(text, tokens, i) || IsRead(readings, i))
            {
                continue;
            }

            var first = Math.Max(0, i - WindowReach);
            var last = Math.Min(tokens.Length - 1, i + WindowReach);
            if (count > 0 && first <= windows[count - 1].Last + 1 && last - windows[count - 1].First < MaxWindowWords)
            {
                windows[count - 1].Last = last;
            }
            else if (count < windows.Length)
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

        foreach (ref var window in windows[..count])
        {
            foreach (var reading in readings)
            {
                if (reading.Covers(window.First))
                {
                    window.First = reading.First;
                }

                if (reading.Covers(window.Last))
                {
                    window.Last = reading.Last;
                }
            }
        }

        return count;
    }

    /// <summary>Adds what the recogniser finds in <paramref name="windows"/>.</summary>
    public void Add(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<(int First, int Last)> windows, DateTime reference, List<DurationCandidate> candidates)
    {
        foreach (var (first, last) in windows)
        {
            var offset = tokens[first].Start;
            var window = text[offset..tokens[last].End];
            foreach (var result in Parse(window, reference))
            {
                AddResult(result, offset, text, tokens, first, last, reference, candidates);
            }
        }
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

    private static bool IsRead(ReadOnlySpan<TimeReading> readings, int token)
    {
        foreach (var reading in readings)
        {
            if (reading.Covers(token))
            {
                return true;
            }
        }

        return false;
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

    /// <remarks>The words around the result are read in the whole message: "and a bit" may fall just outside the window.</remarks>
    private void AddResult(
        ModelResult result,
        int offset,
        string text,
        ReadOnlySpan<Token> tokens,
        int windowFirst,
        int windowLast,
        DateTime reference,
        List<DurationCandidate> candidates)
    {
        var start = offset + result.Start;
        var end = offset + result.End + 1;
        int first = -1, last = -1;
        for (var k = windowFirst; k <= windowLast; k++)
        {
            if (tokens[k].Start >= start && tokens[k].End <= end)
            {
                first = first < 0 ? k : first;
                last = k;
            }
        }

        if (first < 0 || RecognizedTime.Resolve(result, reference) is not { } resolved)
        {
            return;
        }

        var value = resolved.IsLength ? moreOrLess.Adjust(resolved.Value, text, tokens, first, last, end) : resolved.Value;
        candidates.Add(new DurationCandidate(value, first, last, IsPoint: !resolved.IsLength));
    }
}
