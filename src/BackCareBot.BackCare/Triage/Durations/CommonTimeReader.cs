using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Vocabulary;

namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>
/// Reads the common time expressions from the words alone, to the value the date recogniser path gives them, so
/// that the recogniser (0.1-0.5 ms and ~80 KB a call) runs only for the rest. It knows lengths ("two weeks", "a
/// couple of days", "more than a week", "an hour and a half", "all day"), "<i>n</i> units ago", today, yesterday,
/// last night, this morning, (last) Friday, last or this week, month and year, the weekend, each with or without
/// "since", and frequencies ("every day"). It reads an expression only where nothing beside it could make the
/// recogniser read it differently (<see cref="TimeNeighbours"/>); anything else ("since October", "the last few
/// weeks", "on the 3rd") is left to the recogniser. The tests compare both readings over every form it knows.
/// </summary>
internal sealed class CommonTimeReader
{
    /// <summary>Words this class looks up by name; they must be in the lexicon.</summary>
    public static IReadOnlyList<string> WordsUsed { get; } =
    [
        .. TimeExpressionWords.Units.Select(unit => unit.Word), .. TimeExpressionWords.Weekdays, .. TimeExpressionWords.PassOver,
        .. TimeExpressionWords.Bridges,
        "since", "last", "this", "the", "ago", "a", "an", "half", "and", "couple", "of", "few", "several", "more", "less",
        "than", "around", "all", "today", "yesterday", "night", "morning", "afternoon", "evening", "weekend", "on", "at",
        "over", "during", "every", "each", "per", "least", "bit", "longer", "for",
    ];

    /// <summary>"999 years ago" and last week's Monday stay within <see cref="DateTime"/>'s range.</summary>
    private const int MinYear = 1100;
    private const int MaxYear = 9000;

    /// <summary>Larger counts ("5000 days ago") are left to the recogniser.</summary>
    private const int MaxAgo = 999;

    private readonly TimeWords words;
    private readonly TimeNeighbours neighbours;
    private readonly MoreOrLess moreOrLess;

    private readonly int forWord;

    public CommonTimeReader(Lexicon lexicon)
    {
        forWord = lexicon.Find("for");
        words = new TimeWords(lexicon);
        neighbours = new TimeNeighbours(lexicon);
        moreOrLess = new MoreOrLess(lexicon);
    }

    /// <summary>Reads the common time expressions of a message into <paramref name="readings"/>.</summary>
    /// <returns>How many it read.</returns>
    public int Read(string text, ReadOnlySpan<Token> tokens, DateTime reference, Span<TimeReading> readings)
    {
        if (reference.Year is < MinYear or > MaxYear)
        {
            // Date arithmetic near DateTime's limits would throw; the recogniser path guards its own failures.
            return 0;
        }

        var count = 0;
        for (var i = 0; i < tokens.Length && count + 2 <= readings.Length; i++)
        {
            if (!words.MayStart(text, tokens[i]) || TryRead(text, tokens, i, reference, readings[count..]) is not (> 0 and var read))
            {
                continue;
            }

            count += read;
            i = readings[count - 1].Last;
        }

        return count;
    }

    /// <returns>How many readings the expression at <paramref name="i"/> gave: 0, 1, or 2 with a frequency after a
    /// length ("8 hours every day", which the recogniser reads as two expressions).</returns>
    private int TryRead(string text, ReadOnlySpan<Token> tokens, int i, DateTime reference, Span<TimeReading> readings)
    {
        var since = tokens[i].Word == words.Since;
        var at = since ? i + 1 : i;
        if (at >= tokens.Length)
        {
            return 0;
        }

        if (TryPoint(text, tokens, at, since, reference, out var point, out var leftFrom))
        {
            // "yesterday's session", "last night's match": the word after a possessive point is what happened then, and
            // the recogniser, which does not read the possessive, would miss the point altogether.
            var possessive = text.AsSpan(tokens[point.Last].Start, tokens[point.Last].Length).EndsWith("'s", StringComparison.Ordinal);
            return neighbours.QuietBefore(text, tokens, since ? i - 1 : leftFrom) && (possessive || neighbours.QuietAfter(text, tokens, point.Last, isLength: false))
                && TimeNeighbours.Spaced(text, tokens, i, point.Last)
                ? Emit(readings, new TimeReading(i, point.Last, RecognizedTime.Elapsed(RecognizedTime.Start(point.Start, point.Kind, reference), reference), IsPoint: true))
                : 0;
        }

        if (TryLength(text, tokens, at, since, out var length))
        {
            var before = since ? i - 1 : length.LeftFrom;
            var afterAFrequency = AfterAFrequency(tokens, before);
            // The "for" is read with the length, so the recogniser is not asked about the words around it.
            var first = since ? i : afterAFrequency ? before : length.First;
            if (!(afterAFrequency || neighbours.QuietBefore(text, tokens, before)) || !TimeNeighbours.Spaced(text, tokens, first, length.Last))
            {
                return 0;
            }

            var frequency = words.FrequencyAt(tokens, length.Last + 1);
            var outer = frequency > 0 ? length.Last + frequency : length.Last;
            if (!neighbours.QuietAfter(text, tokens, outer, isLength: frequency == 0))
            {
                return 0;
            }

            TimeSpan? value = RecognizedTime.Length(length.Seconds, length.Mod) is { } said
                ? moreOrLess.Adjust(said, text, tokens, first, length.Last, tokens[length.Last].End)
                : null;
            var count = Emit(readings, new TimeReading(first, length.Last, value));
            return frequency > 0 ? count + Emit(readings[1..], new TimeReading(length.Last + 1, outer, null)) : count;
        }

        var standalone = since ? 0 : words.FrequencyAt(tokens, i);
        return standalone > 0 && neighbours.QuietBefore(text, tokens, i - 1)
            && neighbours.QuietAfter(text, tokens, i + standalone - 1, isLength: false)
            && TimeNeighbours.Spaced(text, tokens, i, i + standalone - 1)
            ? Emit(readings, new TimeReading(i, i + standalone - 1, null))
            : 0;
    }

    /// <summary>
    /// "ached every day for 3 weeks", "every morning for two weeks": a length after a frequency and "for" is how long it
    /// has gone on; the recogniser reads the whole as a repeating time and gives no length at all.
    /// </summary>
    private bool AfterAFrequency(ReadOnlySpan<Token> tokens, int before) =>
        before >= 2 && tokens[before].Word == forWord && words.FrequencyAt(tokens, before - 2) == 2;

    private static int Emit(Span<TimeReading> readings, TimeReading reading)
    {
        readings[0] = reading;
        return 1;
    }

    /// <param name="leftFrom">Where the words before the point start: before "on" in "on Monday".</param>
    private bool TryPoint(string text, ReadOnlySpan<Token> tokens, int at, bool since, DateTime reference, out PointReading point, out int leftFrom)
    {
        point = default;
        leftFrom = at - 1;
        var today = reference.Date;
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var word = tokens[at].Word;
        var next = at + 1 < tokens.Length ? tokens[at + 1].Word : Lexicon.UnknownWord;
        if (word == words.Today || word == words.Yesterday)
        {
            point = new PointReading(at, word == words.Today ? today : today.AddDays(-1), PointKind.Other);
        }
        else if (word == words.Last && next == words.Night)
        {
            point = new PointReading(at + 1, today.AddDays(-1).AddHours(20), PointKind.Other);
        }
        else if (word == words.Last && words.WeekdayOf(next) is { } lastWeekday)
        {
            point = new PointReading(at + 1, monday.AddDays(-7 + (((int)lastWeekday + 6) % 7)), PointKind.Other);
        }
        else if ((word == words.Last || word == words.This) && (next == words.Week || next == words.Month || next == words.Year))
        {
            var back = word == words.Last ? 1 : 0;
            var start = next == words.Week ? monday.AddDays(-7 * back)
                : next == words.Month ? new DateTime(today.Year, today.Month, 1, 0, 0, 0, today.Kind).AddMonths(-back)
                : new DateTime(today.Year - back, 1, 1, 0, 0, 0, today.Kind);
            point = new PointReading(at + 1, start, PointKind.Other);
        }
        else if ((word == words.Last || word == words.This || word == words.The) && next == words.Weekend)
        {
            point = new PointReading(at + 1, monday.AddDays(word == words.Last ? -2 : 5), PointKind.Weekend);
        }
        else if (word == words.This && words.PartOfDay(next) is { } hour)
        {
            point = new PointReading(at + 1, today.AddHours(hour), PointKind.Other);
        }
        else if (words.WeekdayOf(word) is { } weekday)
        {
            var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
            point = new PointReading(at, today.AddDays(back == 0 ? -7 : -back), PointKind.BareWeekday);
        }
        else if (TryAgo(text, tokens, at, reference, out point))
        {
            return true;
        }
        else
        {
            return false;
        }

        if (!since && at > 0 && words.IsPreposition(tokens[at - 1].Word, word, next))
        {
            leftFrom = at - 2;
        }

        return true;
    }

    /// <summary>"3 weeks ago", "a couple of hours ago": whole counts only ("a week and a half ago" goes to the recogniser).</summary>
    private bool TryAgo(string text, ReadOnlySpan<Token> tokens, int at, DateTime reference, out PointReading point)
    {
        point = default;
        if (!words.TryQuantity(text, tokens, at, out var quantity)
            || quantity.Kind is QuantityKind.Half or QuantityKind.Fraction || quantity.Value is < 1 or > MaxAgo
            || quantity.Next + 1 >= tokens.Length || tokens[quantity.Next + 1].Word != words.Ago
            || words.UnitOf(tokens[quantity.Next].Word) is not { } unit || !quantity.Takes(unit.Form))
        {
            return false;
        }

        var count = (int)quantity.Value;
        var day = reference.Date;
        DateTime? start = unit.Unit switch
        {
            LengthUnit.Minute or LengthUnit.Hour => WholeSeconds(reference.AddSeconds(-count * TimeWords.SecondsOf(unit.Unit))),
            LengthUnit.Day => day.AddDays(-count),
            LengthUnit.Week => day.AddDays(-7 * count),
            LengthUnit.Fortnight => day.AddDays(-14 * count),
            LengthUnit.Month => day.AddMonths(-count),
            LengthUnit.Year => day.AddYears(-count),
            _ => null,
        };
        if (start is not { } begun)
        {
            return false;
        }

        point = new PointReading(quantity.Next + 1, begun, PointKind.Other);
        return true;
    }

    /// <summary>The recogniser gives a clock time to the second.</summary>
    private static DateTime WholeSeconds(DateTime time) => new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Kind);

    /// <summary>
    /// "[more than|less than|around] quantity unit [and a half] [a unit]", "since quantity unit", "[around] all day".
    /// The recogniser's span includes "more than", "less than", "around" and "since", and it reads "8 hours a day"
    /// as one length of 32 hours (which <see cref="DurationContext"/> then rejects as a frequency), though "2 days
    /// a day" as two.
    /// </summary>
    private bool TryLength(string text, ReadOnlySpan<Token> tokens, int at, bool since, out LengthReading length)
    {
        length = default;
        string? mod = null;
        var j = at;
        if (!since && j + 1 < tokens.Length && tokens[j + 1].Word == words.Than && (tokens[j].Word == words.More || tokens[j].Word == words.Less))
        {
            mod = tokens[j].Word == words.More ? "more" : "less";
            j += 2;
        }
        else if (!since && tokens[j].Word == words.Around)
        {
            mod = "approx";
            j++;
        }

        if (j >= tokens.Length)
        {
            return false;
        }

        if (!since && tokens[j].Word == words.All && j + 1 < tokens.Length
            && words.UnitOf(tokens[j + 1].Word) is { Form: UnitForm.Singular, Unit: LengthUnit.Day or LengthUnit.Week or LengthUnit.Month or LengthUnit.Year } whole)
        {
            length = new LengthReading(at, at - 1, j + 1, TimeWords.SecondsOf(whole.Unit), mod);
            return true;
        }

        if (!words.TryQuantity(text, tokens, j, out var quantity) || quantity.Value <= 0 || quantity.Next >= tokens.Length
            || words.UnitOf(tokens[quantity.Next].Word) is not { } unit || !quantity.Takes(unit.Form))
        {
            return false;
        }

        var first = at;
        if (quantity.Kind == QuantityKind.Fraction && mod is "more" or "less")
        {
            // "more than one and a half weeks": the recogniser reads the length alone, and MoreOrLess the "more than".
            first = j;
            mod = null;
        }

        var last = quantity.Next;
        var count = quantity.Value;
        if (quantity.TakesHalf && words.IsAndAHalf(tokens, last + 1))
        {
            count += 0.5;
            last += 3;
        }

        var seconds = count * TimeWords.SecondsOf(unit.Unit);
        if (last + 2 < tokens.Length && (tokens[last + 1].Word == words.A || tokens[last + 1].Word == words.An)
            && tokens[last + 2].Has(WordFlags.TimeUnit) && words.UnitOf(tokens[last + 2].Word) is { Form: UnitForm.Singular } per
            && per.Unit != unit.Unit)
        {
            seconds += TimeWords.SecondsOf(per.Unit);
            last += 2;
        }

        length = new LengthReading(first, at - 1, last, seconds, mod);
        return true;
    }

    private readonly record struct PointReading(int Last, DateTime Start, PointKind Kind);

    /// <param name="First">The first word the recogniser spans.</param>
    /// <param name="LeftFrom">The word before the expression, "more than" included.</param>
    /// <param name="Last">The last word.</param>
    /// <param name="Seconds">The length.</param>
    /// <param name="Mod">The recogniser's "Mod" for it.</param>
    private readonly record struct LengthReading(int First, int LeftFrom, int Last, double Seconds, string? Mod);
}
