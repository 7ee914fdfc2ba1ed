using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Vocabulary;

namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>
/// The day a person says today is ("since monday (today's wednesday)", "since the drive on wednesday. today's
/// friday"). They count the days from their own today, and a message can be read later than it was written (a
/// replayed conversation, a clock a day out): so the lengths are counted from the weekday they name, not from the
/// clock's. Only a weekday or a day of the month right beside "today" counts ("today's friday", "it's friday today",
/// "today's the 5th"), or one between "it's" and "now" ("since monday (it's wednesday now)": "since monday now" is not).
/// </summary>
internal sealed class StatedToday
{
    /// <summary>Words this class looks up by name; they must be in the lexicon.</summary>
    public static IReadOnlyList<string> WordsUsed { get; } = [.. TimeExpressionWords.Weekdays, "today", "is", "being", "the", "now", "it's", "its"];

    private readonly DayOfWeek?[] weekdays;
    private readonly int today;
    private readonly int @is;
    private readonly int being;
    private readonly int the;
    private readonly int now;
    private readonly int[] itIs;

    public StatedToday(Lexicon lexicon)
    {
        weekdays = new DayOfWeek?[lexicon.WordCount];
        for (var day = 0; day < TimeExpressionWords.Weekdays.Count; day++)
        {
            weekdays[lexicon.Find(TimeExpressionWords.Weekdays[day])] = (DayOfWeek)day;
        }

        today = lexicon.Find("today");
        @is = lexicon.Find("is");
        being = lexicon.Find("being");
        the = lexicon.Find("the");
        now = lexicon.Find("now");
        itIs = [lexicon.Find("it's"), lexicon.Find("its"), @is];
    }

    /// <summary>The reference moved to the day the message says today is, or unchanged when it names none.</summary>
    /// <param name="said">The words that say it ("today's friday"), which are not a length of the pain themselves.</param>
    public DateTime Apply(ReadOnlySpan<Token> tokens, DateTime reference, out (int First, int Last)? said)
    {
        said = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var stated = tokens[i].Word == today ? Said(tokens, i, reference)
                : tokens[i].Word == now ? SaidNow(tokens, i, reference)
                : null;
            if (stated is null)
            {
                continue;
            }

            said = (Math.Min(i, stated.Value.At), Math.Max(i, stated.Value.At));
            return stated.Value.Today;
        }

        return reference;
    }

    /// <summary>
    /// "today's friday", "today is friday", "today being friday", "friday today", "today's the 20th", "it's the 20th
    /// today": the day they name, the latest one up to the clock's today.
    /// </summary>
    private (DateTime Today, int At)? Said(ReadOnlySpan<Token> tokens, int at, DateTime reference)
    {
        var next = at + 1;
        if (next < tokens.Length && (tokens[next].Word == @is || tokens[next].Word == being))
        {
            next++;
        }

        if (next < tokens.Length && tokens[next].Word == the)
        {
            next++;
        }

        if (next < tokens.Length && DayAt(tokens, next, reference) is { } after)
        {
            return (after, next);
        }

        return at > 0 && DayAt(tokens, at - 1, reference) is { } before ? (before, at - 1) : null;
    }

    /// <summary>"it's wednesday now": the weekday between "it's" and "now", never one "now" merely follows.</summary>
    private (DateTime Today, int At)? SaidNow(ReadOnlySpan<Token> tokens, int at, DateTime reference) =>
        at >= 2 && itIs.Contains(tokens[at - 2].Word) && tokens[at - 1].Word != Lexicon.UnknownWord && weekdays[tokens[at - 1].Word] is not null
            && DayAt(tokens, at - 1, reference) is { } day
            ? (day, at - 1)
            : null;

    private DateTime? DayAt(ReadOnlySpan<Token> tokens, int at, DateTime reference)
    {
        var token = tokens[at];
        if (token.Word != Lexicon.UnknownWord && weekdays[token.Word] is { } weekday)
        {
            var back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;

            // A clock a day behind theirs (another time zone) is the only reason to count forward.
            return back == 6 ? reference.AddDays(1) : reference.AddDays(-back);
        }

        if (token.IsOrdinal && token.Number is >= 1 and <= 31)
        {
            var day = token.Number;
            if (day == reference.Day + 1 && day <= DateTime.DaysInMonth(reference.Year, reference.Month))
            {
                return reference.AddDays(1);
            }

            var month = day <= reference.Day ? reference : reference.AddMonths(-1);
            return day > DateTime.DaysInMonth(month.Year, month.Month) ? null : month.AddDays(day - month.Day);
        }

        return null;
    }
}
