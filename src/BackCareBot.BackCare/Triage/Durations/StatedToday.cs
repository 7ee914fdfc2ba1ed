using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Vocabulary;

namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>
/// The weekday a person says today is ("since monday (today's wednesday)", "since the drive on wednesday. today's
/// friday"). They count the days from their own today, and a message can be read later than it was written (a
/// replayed conversation, a clock a day out): so the lengths are counted from the weekday they name, not from the
/// clock's. Only a weekday right beside "today" counts ("today's friday", "it's friday today", "today is friday").
/// </summary>
internal sealed class StatedToday
{
    /// <summary>Words this class looks up by name; they must be in the lexicon.</summary>
    public static IReadOnlyList<string> WordsUsed { get; } = [.. TimeExpressionWords.Weekdays, "today", "is", "being"];

    private readonly DayOfWeek?[] weekdays;
    private readonly int today;
    private readonly int @is;
    private readonly int being;

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
    }

    /// <summary>The reference moved to the weekday the message says today is, or unchanged when it names none.</summary>
    /// <param name="said">The words that say it ("today's friday"), which are not a length of the pain themselves.</param>
    public DateTime Apply(ReadOnlySpan<Token> tokens, DateTime reference, out (int First, int Last)? said)
    {
        said = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Word != today || Said(tokens, i) is not { } stated)
            {
                continue;
            }

            var (weekday, at) = stated;
            said = (Math.Min(i, at), Math.Max(i, at));

            var back = ((int)reference.DayOfWeek - (int)weekday + 7) % 7;

            // A clock a day behind theirs (another time zone) is the only reason to count forward.
            return back == 6 ? reference.AddDays(1) : reference.AddDays(-back);
        }

        return reference;
    }

    /// <summary>"today's friday", "today is friday", "today being friday", "friday today".</summary>
    private (DayOfWeek Weekday, int At)? Said(ReadOnlySpan<Token> tokens, int at)
    {
        var next = at + 1;
        if (next < tokens.Length && (tokens[next].Word == @is || tokens[next].Word == being))
        {
            next++;
        }

        if (next < tokens.Length && WeekdayAt(tokens, next) is { } after)
        {
            return (after, next);
        }

        return at > 0 && WeekdayAt(tokens, at - 1) is { } before ? (before, at - 1) : null;
    }

    private DayOfWeek? WeekdayAt(ReadOnlySpan<Token> tokens, int at) =>
        tokens[at].Word == Lexicon.UnknownWord ? null : weekdays[tokens[at].Word];
}
