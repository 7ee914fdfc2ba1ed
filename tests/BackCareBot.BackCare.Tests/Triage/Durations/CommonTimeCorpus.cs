namespace BackCareBot.BackCare.Tests.Triage.Durations;

/// <summary>
/// Messages built from every form <c>CommonTimeReader</c> knows: all units, digits and number words, the quantity
/// words, the modifiers before and after, every weekday, with and without "since", in a few carrier sentences; and
/// the reference times that move their answers (each weekday, early morning, late evening, month and year ends, a
/// leap day, a clock with milliseconds). Each message says whether the reader must read it without the recogniser.
/// </summary>
internal static class CommonTimeCorpus
{
    public static IReadOnlyList<DateTime> References { get; } =
    [
        At(2025, 11, 10, 10, 0), At(2025, 11, 11, 10, 0), At(2025, 11, 12, 10, 0), At(2025, 11, 13, 10, 0),
        At(2025, 11, 14, 10, 0), At(2025, 11, 15, 10, 0), At(2025, 11, 16, 10, 0),
        At(2025, 11, 12, 0, 30), At(2025, 11, 12, 7, 0), At(2025, 11, 12, 23, 30), At(2025, 11, 16, 23, 59),
        At(2025, 11, 17, 0, 5), At(2025, 3, 31, 10, 0), At(2025, 3, 1, 0, 10), At(2025, 12, 1, 9, 0),
        At(2025, 1, 1, 0, 10), At(2024, 12, 31, 23, 50), At(2024, 2, 29, 10, 0), At(2024, 3, 1, 8, 0),
        new DateTime(2025, 11, 12, 10, 0, 0, 789, DateTimeKind.Unspecified), new DateTime(2025, 11, 14, 16, 45, 30, 250, DateTimeKind.Unspecified),
    ];

    /// <summary>Two references for what does not depend on the day: a Wednesday morning and a clock with milliseconds.</summary>
    public static IReadOnlyList<DateTime> FewReferences { get; } = [References[2], References[^2]];

    public static IReadOnlyList<string> Weekdays { get; } = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    private static readonly string[] Singular = ["minute", "hour", "day", "week", "fortnight", "month", "year"];
    private static readonly string[] Plural = ["seconds", "minutes", "hours", "days", "weeks", "fortnights", "months", "years"];
    private static readonly string[] Abbreviated = ["min", "mins", "hr", "hrs", "wk", "wks", "yr", "yrs", "mth", "mths"];
    private static readonly string[] Numbers =
    [
        "2", "3", "7", "10", "12", "24", "30", "45", "90", "100", "365", "1000", "05", "two", "three", "seven", "ten", "twelve",
        "fifteen", "twenty", "thirty", "forty five", "twenty-five", "ninety nine",
    ];

    private static readonly string[] Some = ["a couple of", "a couple", "couple of", "a few", "few", "several"];
    private static readonly string[] Fractions = ["one and a half", "two and a half", "2 and a half", "ten and a half"];

    /// <summary>Every quantity with every unit; the natural pairs must be read, the odd ones ("a weeks") only agree.</summary>
    public static IEnumerable<(string Text, bool MustRead)> Lengths()
    {
        var units = Singular.Concat(Plural).Concat(Abbreviated).Append("second").ToArray();
        var pairs =
            from unit in units
            from quantity in Numbers.Concat(Some).Concat(Fractions).Concat(["a", "an", "one", "1", "half a", "half an", "a half", "zero", "0"])
            select ($"{quantity} {unit}", IsNatural(quantity, unit));
        foreach (var (length, natural) in pairs.Concat(HalvesAfter()).Concat(Whole()))
        {
            yield return (length, natural);
            yield return ($"my back has hurt for {length}", natural);
            yield return ($"my back has been sore for {length} now", natural);
        }

        foreach (var (frequency, natural) in Frequencies())
        {
            yield return (frequency, natural);
            yield return ($"i sit {frequency} and my back hurts", natural);
        }
    }

    /// <summary>The modifiers of a length, before and after, with lengths of every kind of quantity.</summary>
    public static IEnumerable<(string Text, bool MustRead)> Modified()
    {
        (string Text, bool Plain)[] before =
        [
            ("", true), ("for ", true), ("about ", true), ("for about ", true), ("around ", true), ("for around ", true),
            ("over ", true), ("for over ", true), ("more than ", true), ("for more than ", true), ("less than ", true),
            ("no more than ", true), ("a bit less than ", true), ("almost ", true), ("nearly ", true), ("under ", true),
            ("just under ", true), ("at least ", true), ("for at least ", true), ("just over ", true), ("well over ", true),
            ("roughly ", true), ("approximately ", true), ("maybe ", true), ("since ", true), ("longer than ", true),
            ("barely ", true), ("probably ", true), ("like ", true), ("greater than ", false), ("in ", false),
            ("in about ", false), ("the last ", false), ("within ", false), ("for the past ", false), ("since about ", false),
            ("every ", false), ("the ", false), ("around about ", false), ("up to ", false), ("at most ", false),
        ];
        (string Text, bool Plain)[] after =
        [
            ("", true), ("+", true), (" or more", true), (" or longer", true), (" and a bit", true), (" now", true),
            (" or so", true), (" ish", true), (".", true), ("?", true), (", i think", true), (" and now it hurts", true),
            (" straight", true), (" but", true), ("-ish", false), (" or two", false), (" ago", false), (" later", false),
            (" from now", false), (" in a row", false), (" and 3 days", false), (" of pain", false), (" time", false),
        ];
        string[] lengths =
        [
            "a week", "two weeks", "10 days", "a couple of weeks", "an hour and a half", "3 months", "a fortnight",
            "half a day", "one and a half weeks", "a few days", "2 hrs", "all day",
        ];
        foreach (var (prefix, plainBefore) in before)
        {
            foreach (var (suffix, plainAfter) in after)
            {
                foreach (var length in lengths)
                {
                    var mustRead = plainBefore && plainAfter && !(prefix != "" && length == "all day");
                    yield return ($"my back has hurt {prefix}{length}{suffix}", mustRead);
                }
            }
        }
    }

    /// <summary>Points in time, with and without "since", after "on" and in a few carrier sentences.</summary>
    public static IEnumerable<(string Text, bool MustRead)> Points()
    {
        string[] points =
        [
            "today", "yesterday", "last night", "this morning", "this afternoon", "this evening", "last week",
            "last month", "last year", "this week", "this month", "this year", "the weekend", "this weekend", "last weekend", .. Weekdays,
            .. Weekdays.Select(day => $"last {day}"), .. Ago(),
        ];
        var said = points.SelectMany(point => (string[])[point, $"since {point}"])
            .Concat(Weekdays.SelectMany(day => (string[])[$"on {day}", $"on last {day}"]))
            .Concat(["on the weekend", "at the weekend", "over the weekend", "during the weekend"]);
        foreach (var point in said)
        {
            yield return (point, true);
            yield return ($"it started {point}", true);
            yield return ($"my back has been sore {point} and now i can't sleep", true);
            yield return ($"{point}, my back hurts", true);
        }
    }

    /// <summary>
    /// Words of the recogniser's own vocabulary that the reader treats as plain neighbours, each before and after
    /// forms of every kind: if one of them changed the recogniser's reading, this would show it.
    /// </summary>
    public static IEnumerable<(string Text, bool MustRead)> Neighbours(IEnumerable<string> words)
    {
        string[] forms = ["two weeks", "a week", "since last friday", "3 days ago", "this morning", "friday", "2 hours"];
        string[] softeners = ["and", "or", "but", "now", "so", "about", "almost", "nearly", "just", "over", "maybe", "like"];
        foreach (var word in words.Concat(["pain", "sore", "it's", "hurt", "started", "sitting", "old", "straight"]))
        {
            foreach (var form in forms)
            {
                yield return ($"{word} {form}", true);
                yield return ($"{form} {word}", true);
                yield return ($"my back {word} {form} {word} pain", true);
            }
        }

        foreach (var bridge in (string[])["of", "at", "in", "on", "a", "an"])
        {
            foreach (var form in forms)
            {
                foreach (var word in words.Concat(["pain", "dull", "work", "the", "night", "7", "october", "tomorrow", "a", "half"]))
                {
                    yield return ($"{form} {bridge} {word}", false);
                }
            }
        }

        foreach (var softener in softeners)
        {
            foreach (var form in forms)
            {
                yield return ($"pain {softener} {form} {softener} pain", true);
                yield return ($"in {softener} {form}", false);
                yield return ($"{form} {softener} tomorrow", false);
            }
        }
    }

    /// <summary>Expressions the reader must leave to the recogniser: the words around them may change their meaning.</summary>
    public static IReadOnlyList<string> LeftToTheRecogniser { get; } =
    [
        "in two weeks", "the last two weeks", "for the past two weeks", "2 or 3 weeks", "a week or two", "2-3 weeks",
        "2.5 weeks", "since friday morning", "since last friday night", "yesterday morning", "since october",
        "it started on the 3rd of october", "two weeks from now", "within a week", "since 8am", "every other day",
        "more than 2 weeks ago", "around last friday", "half a week ago", "a week and a half ago", "friday the 13th",
        "monday or tuesday", "from monday", "since monday 3rd", "two weeks later", "the whole week", "the past week",
        "two weeks after my fall", "since tomorrow", "next friday", "two weeks in advance", "3 times a week",
        "once a week", "2 weeks 3 days", "two-weeks", "99999 weeks", "2 weeks, 3 days",
        "since last friday at 3pm", "by last friday", "until last week", "till yesterday", "friday/saturday",
        "since this morning at 7", "since noon today", "for an entire week", "a full week", "2 wks", "three yrs",
        "good friday", "sharp two weeks",
    ];

    private static bool IsNatural(string quantity, string unit)
    {
        var singular = Singular.Contains(unit);
        var plural = Plural.Contains(unit);
        var readAbbreviation = unit is "min" or "mins" or "hr" or "hrs";
        return quantity switch
        {
            "a" => singular && unit != "hour",
            "an" => unit == "hour",
            "one" or "1" => singular || readAbbreviation,
            "half a" => singular && unit != "hour",
            "half an" => unit == "hour",
            "a half" => singular && unit != "minute",
            "zero" or "0" => false,
            _ when Some.Contains(quantity) || Fractions.Contains(quantity) => plural,
            _ => unit != "second" && (plural || readAbbreviation),
        };
    }

    private static IEnumerable<(string, bool)> HalvesAfter() =>
        from quantity in (string[])["a", "an", "one", "two", "2", "ten"]
        from unit in Singular.Concat(Plural)
        let natural = quantity switch
        {
            "a" => Singular.Contains(unit) && unit != "hour",
            "an" => unit == "hour",
            "one" => Singular.Contains(unit),
            _ => Plural.Contains(unit) && unit != "seconds",
        }
        select ($"{quantity} {unit} and a half", natural);

    private static IEnumerable<(string, bool)> Whole() =>
        ((string[])["all day", "all week", "all month", "all year"]).Select(whole => (whole, true));

    private static IEnumerable<(string, bool)> Frequencies() =>
        from length in (string[])["8 hours", "two hours", "a few hours", "half an hour", "30 minutes", "2 days", "a week"]
        from frequency in (string[])
        [
            "a day", "a week", "a month", "an hour", "every day", "each day", "per day", "per week", "every week", "a night",
            "every night", "every morning", "every evening", "every afternoon", "each night",
        ]
        select ($"{length} {frequency}", frequency is not "a night" and not "each night" && Stem(length) != Stem(frequency));

    /// <summary>"2 days a day" is two lengths to the recogniser, not one: only different units make one.</summary>
    private static string Stem(string length) => length.Split(' ')[^1].TrimEnd('s');

    private static IEnumerable<string> Ago()
    {
        string[] quantities = ["a", "an", "one", "1", "2", "3", "two", "ten", "12", "24", "30", "45", "100", "a couple of", "a few", "several"];
        string[] units = ["minute", "minutes", "hour", "hours", "hrs", "mins", "day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years"];
        return from quantity in quantities
               from unit in units
               where IsNatural(quantity, unit)
               select $"{quantity} {unit} ago";
    }

    private static DateTime At(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
}
