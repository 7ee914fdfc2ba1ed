using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Vocabulary;

namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>The lexicon ids and tables <see cref="CommonTimeReader"/> reads time expressions with.</summary>
internal sealed class TimeWords
{
    private const int MaxDigits = 4;

    private readonly Lexicon lexicon;
    private readonly (LengthUnit Unit, UnitForm Form)?[] units;
    private readonly DayOfWeek?[] weekdays;
    private readonly bool[] mayStart;

    private readonly int half;
    private readonly int and;
    private readonly int couple;
    private readonly int of;
    private readonly int few;
    private readonly int several;
    private readonly int morning;
    private readonly int afternoon;
    private readonly int evening;
    private readonly int on;
    private readonly int at;
    private readonly int during;
    private readonly int every;
    private readonly int each;
    private readonly int per;

    public TimeWords(Lexicon lexicon)
    {
        this.lexicon = lexicon;
        units = new (LengthUnit, UnitForm)?[lexicon.WordCount];
        foreach (var (word, unit, form) in TimeExpressionWords.Units)
        {
            units[lexicon.Find(word)] = (unit, form);
        }

        weekdays = new DayOfWeek?[lexicon.WordCount];
        for (var day = 0; day < TimeExpressionWords.Weekdays.Count; day++)
        {
            weekdays[lexicon.Find(TimeExpressionWords.Weekdays[day])] = (DayOfWeek)day;
        }

        Since = lexicon.Find("since");
        Last = lexicon.Find("last");
        This = lexicon.Find("this");
        The = lexicon.Find("the");
        Ago = lexicon.Find("ago");
        A = lexicon.Find("a");
        An = lexicon.Find("an");
        Than = lexicon.Find("than");
        More = lexicon.Find("more");
        Less = lexicon.Find("less");
        Around = lexicon.Find("around");
        All = lexicon.Find("all");
        Today = lexicon.Find("today");
        Yesterday = lexicon.Find("yesterday");
        Night = lexicon.Find("night");
        Weekend = lexicon.Find("weekend");
        Week = lexicon.Find("week");
        Month = lexicon.Find("month");
        Year = lexicon.Find("year");
        half = lexicon.Find("half");
        and = lexicon.Find("and");
        couple = lexicon.Find("couple");
        of = lexicon.Find("of");
        few = lexicon.Find("few");
        several = lexicon.Find("several");
        morning = lexicon.Find("morning");
        afternoon = lexicon.Find("afternoon");
        evening = lexicon.Find("evening");
        on = lexicon.Find("on");
        at = lexicon.Find("at");
        during = lexicon.Find("during");
        every = lexicon.Find("every");
        each = lexicon.Find("each");
        per = lexicon.Find("per");

        mayStart = new bool[lexicon.WordCount];
        foreach (var word in (int[])[Since, Last, This, The, A, An, More, Less, Around, All, Today, Yesterday, half, couple, few, several, every, each, per])
        {
            mayStart[word] = true;
        }

        for (var word = 0; word < lexicon.WordCount; word++)
        {
            mayStart[word] |= weekdays[word] is not null || lexicon.NumberOf(word) > 0;
        }
    }

    public int Since { get; }

    public int Last { get; }

    public int This { get; }

    public int The { get; }

    public int Ago { get; }

    public int A { get; }

    public int An { get; }

    public int Than { get; }

    public int More { get; }

    public int Less { get; }

    public int Around { get; }

    public int All { get; }

    public int Today { get; }

    public int Yesterday { get; }

    public int Night { get; }

    public int Weekend { get; }

    public int Week { get; }

    public int Month { get; }

    public int Year { get; }

    /// <summary>A cheap first test: the word can begin an expression the reader knows.</summary>
    public bool MayStart(string text, Token token) =>
        token.Word == Lexicon.UnknownWord ? char.IsAsciiDigit(text[token.Start]) : mayStart[token.Word] || char.IsAsciiDigit(text[token.Start]);

    public (LengthUnit Unit, UnitForm Form)? UnitOf(int word) => word == Lexicon.UnknownWord ? null : units[word];

    public DayOfWeek? WeekdayOf(int word) => word == Lexicon.UnknownWord ? null : weekdays[word];

    /// <summary>Where the recogniser starts "this morning", "this afternoon" and "this evening".</summary>
    public int? PartOfDay(int word) => word == morning ? 8 : word == afternoon ? 12 : word == evening ? 16 : null;

    public static double SecondsOf(LengthUnit unit) => unit switch
    {
        LengthUnit.Second => 1,
        LengthUnit.Minute => 60,
        LengthUnit.Hour => 3_600,
        LengthUnit.Day => 86_400,
        LengthUnit.Week => 7 * 86_400,
        LengthUnit.Fortnight => 14 * 86_400,
        LengthUnit.Month => 30 * 86_400,
        LengthUnit.Year => 365 * 86_400,
        _ => 0,
    };

    /// <summary>"on Monday", "on last Friday", "at/during the weekend": the recogniser leaves the preposition out.</summary>
    public bool IsPreposition(int before, int word, int next) =>
        (before == on && (WeekdayOf(word) is not null || (word == Last && WeekdayOf(next) is not null)))
        || ((before == on || before == at || before == during) && word == The && next == Weekend);

    public bool IsAndAHalf(ReadOnlySpan<Token> tokens, int k) =>
        k + 2 < tokens.Length && tokens[k].Word == and && (tokens[k + 1].Word == A) && tokens[k + 2].Word == half;

    /// <summary>
    /// "every day", "each week", "per day", "every evening": a frequency, which the recogniser reads as no start and
    /// no length.
    /// </summary>
    /// <returns>Its number of words, or 0.</returns>
    public int FrequencyAt(ReadOnlySpan<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Length)
        {
            return 0;
        }

        var (word, next) = (tokens[k].Word, tokens[k + 1].Word);
        var unit = (word == every || word == each || word == per)
            && tokens[k + 1].Has(WordFlags.TimeUnit) && UnitOf(next) is { Form: UnitForm.Singular };
        var partOfDay = word == every && (next == Night || PartOfDay(next) is not null);
        return unit || partOfDay ? 2 : 0;
    }

    /// <summary>"two", "2", "twenty five", "a", "a couple of", "a few", "several", "half a", "one and a half".</summary>
    public bool TryQuantity(string text, ReadOnlySpan<Token> tokens, int j, out Quantity quantity)
    {
        quantity = default;
        var word = tokens[j].Word;
        var next = j + 1 < tokens.Length ? tokens[j + 1].Word : Lexicon.UnknownWord;
        if (IsDigits(text, tokens[j]) || (word != Lexicon.UnknownWord && lexicon.NumberOf(word) > 0 && char.IsAsciiLetter(text[tokens[j].Start])))
        {
            var compound = word != Lexicon.UnknownWord && tokens[j].Number != lexicon.NumberOf(word) && char.IsAsciiLetter(text[tokens[j].Start]);
            quantity = new Quantity(tokens[j].Number, compound ? j + 2 : j + 1, QuantityKind.Number);
            if (IsAndAHalf(tokens, quantity.Next))
            {
                quantity = new Quantity(quantity.Value + 0.5, quantity.Next + 3, QuantityKind.Fraction);
            }
        }
        else if ((word == A || word == An) && next == couple)
        {
            quantity = new Quantity(2, j + 2 < tokens.Length && tokens[j + 2].Word == of ? j + 3 : j + 2, QuantityKind.Some);
        }
        else if (word == A && next == few)
        {
            quantity = new Quantity(3, j + 2, QuantityKind.Some);
        }
        else if (word == A && next == half && j + 2 < tokens.Length && UnitOf(tokens[j + 2].Word) is { Unit: not LengthUnit.Minute })
        {
            // The recogniser spans "a half hour" but only "half minute" of "a half minute".
            quantity = new Quantity(0.5, j + 2, QuantityKind.Half);
        }
        else if (word == A || word == An)
        {
            quantity = new Quantity(1, j + 1, QuantityKind.Article);
        }
        else if (word == couple && next == of)
        {
            quantity = new Quantity(2, j + 2, QuantityKind.Some);
        }
        else if (word == few || word == several)
        {
            quantity = new Quantity(3, j + 1, QuantityKind.Some);
        }
        else if (word == half && (next == A || next == An))
        {
            quantity = new Quantity(0.5, j + 2, QuantityKind.Half);
        }
        else
        {
            return false;
        }

        return true;
    }

    /// <summary>Whole digits only: "2.5" and "2nd" are for the recogniser.</summary>
    private static bool IsDigits(string text, Token token)
    {
        if (token.Length > MaxDigits || !char.IsAsciiDigit(text[token.Start]))
        {
            return false;
        }

        foreach (var c in text.AsSpan(token.Start, token.Length))
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
