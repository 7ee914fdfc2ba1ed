using BackCareBot.BackCare.Triage.Durations;

namespace BackCareBot.BackCare.Triage.Vocabulary;

/// <summary>
/// The words of the common time expressions that <see cref="CommonTimeReader"/> reads without the date recogniser,
/// and the words next to which it leaves an expression to the recogniser.
/// </summary>
internal static class TimeExpressionWords
{
    private static readonly (string Word, LengthUnit Unit, UnitForm Form)[] EnglishUnits =
    [
        ("seconds", LengthUnit.Second, UnitForm.Plural),
        ("minute", LengthUnit.Minute, UnitForm.Singular), ("minutes", LengthUnit.Minute, UnitForm.Plural),
        ("min", LengthUnit.Minute, UnitForm.Abbreviated), ("mins", LengthUnit.Minute, UnitForm.Abbreviated),
        ("hour", LengthUnit.Hour, UnitForm.Singular), ("hours", LengthUnit.Hour, UnitForm.Plural),
        ("hr", LengthUnit.Hour, UnitForm.Abbreviated), ("hrs", LengthUnit.Hour, UnitForm.Abbreviated),
        ("day", LengthUnit.Day, UnitForm.Singular), ("days", LengthUnit.Day, UnitForm.Plural),
        ("week", LengthUnit.Week, UnitForm.Singular), ("weeks", LengthUnit.Week, UnitForm.Plural),
        ("fortnight", LengthUnit.Fortnight, UnitForm.Singular), ("fortnights", LengthUnit.Fortnight, UnitForm.Plural),
        ("month", LengthUnit.Month, UnitForm.Singular), ("months", LengthUnit.Month, UnitForm.Plural),
        ("year", LengthUnit.Year, UnitForm.Singular), ("years", LengthUnit.Year, UnitForm.Plural),

    ];

    /// <summary>
    /// The same lengths in the languages people most often switch to ("me duele desde hace 2 semanas", "seit 10
    /// Tagen"): read by the common reader only, the date recogniser being English.
    /// </summary>
    public static IReadOnlyList<(string Word, LengthUnit Unit, UnitForm Form)> OtherLanguageUnits { get; } =
    [
        ("dias", LengthUnit.Day, UnitForm.Plural), ("días", LengthUnit.Day, UnitForm.Plural), ("tagen", LengthUnit.Day, UnitForm.Plural),
        ("tage", LengthUnit.Day, UnitForm.Plural), ("jours", LengthUnit.Day, UnitForm.Plural), ("giorni", LengthUnit.Day, UnitForm.Plural),
        ("semanas", LengthUnit.Week, UnitForm.Plural), ("wochen", LengthUnit.Week, UnitForm.Plural),
        ("semaines", LengthUnit.Week, UnitForm.Plural), ("settimane", LengthUnit.Week, UnitForm.Plural),
        ("meses", LengthUnit.Month, UnitForm.Plural), ("monaten", LengthUnit.Month, UnitForm.Plural), ("mois", LengthUnit.Month, UnitForm.Plural),
        ("mesi", LengthUnit.Month, UnitForm.Plural),
    ];

    /// <summary>Every unit of length the common reader knows (declared after the lists it joins, which it reads).</summary>
    public static IReadOnlyList<(string Word, LengthUnit Unit, UnitForm Form)> Units { get; } = [.. EnglishUnits, .. OtherLanguageUnits];

    /// <summary>In <see cref="DayOfWeek"/> order.</summary>
    public static IReadOnlyList<string> Weekdays { get; } =
        ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>
    /// Words the recogniser may read together with a time expression next to them: prepositions and determiners
    /// ("in two weeks" is a future date, "the last two weeks" a range), quantities, parts of days and clock words.
    /// Every word of the recogniser's English definitions that the lexicon knows is either one of these, a time
    /// hint, a number, or a word shown by the tests not to change its reading.
    /// </summary>
    public static IReadOnlyList<string> Connectors { get; } =
    [
        "a", "an", "the", "this", "that", "these", "those", "next", "previous", "prior", "following", "coming", "recent",
        "recently", "of", "in", "into", "within", "at", "on", "by", "from", "to", "until", "till", "through", "between",
        "after", "before", "during", "than", "every", "each", "per", "all", "whole", "entire", "full", "half", "couple",
        "few", "several", "some", "many", "more", "less", "same", "rest", "mid", "middle", "early", "late", "later",
        "earlier", "end", "beginning", "start", "starting", "time", "times", "once", "twice", "night", "nights",
        "nighttime", "overnight", "tomorrow", "noon", "midnight", "weekday", "workday", "shift", "fall", "new", "first",
        "second", "am", "pm", "o", "c", "y", "as", "up", "out", "right", "point", "fast", "sat", "long", "around",
        "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties",

        // "good friday" is a holiday; "sharp two" a clock time.
        "good", "sharp",

        // Words of dialogs/rules/ that the recogniser's definitions also use: next to one, an expression is left to it.
        "any", "ask", "be", "breaking", "home", "international", "children", "decade", "decades", "ending", "fewer", "future", "guy", "ill", "labour",
        "life", "lower", "meaning", "meeting", "our", "r", "result", "round", "school", "sun", "take", "teen", "third",
        "thought", "us", "w", "negative", "below", "number", "call", "clean", "club", "date", "fathers", "mothers",
        "hand", "mar", "t", "en", "un", "quarter", "secs", "most", "b", "display", "market", "monitor", "soon", "other", "dose", "fourth", "halloween", "memorial", "thanksgiving",
    ];

    /// <summary>
    /// Everyday words of this bot's conversations that no phrase list needs but that often stand next to a time
    /// expression ("stiff since Friday"). Known to the lexicon, they count as quiet neighbours; the recogniser's
    /// definitions use none of them (checked by the tests).
    /// </summary>
    public static IReadOnlyList<string> PlainWords { get; } =
    [
        "stiff", "stiffness", "stiffer", "hamstring", "hamstrings", "glute", "glutes", "hip", "hips", "neck", "box",
        "anything", "everything", "please", "thank",

        // A correction beside the length: "it's been 10 days actually, I miscounted".
        "actually", "miscounted", "misremembered", "oops", "correction",
    ];

    /// <summary>
    /// Connectors that may follow a time expression when a quiet word follows them ("3 days ago at work", "two weeks
    /// of pain", "since yesterday and a dull ache"), though not a number or another time word ("at 7", "of October").
    /// </summary>
    public static IReadOnlyList<string> Bridges { get; } = ["of", "at", "in", "on", "a", "an"];

    /// <summary>
    /// Words a time expression's neighbour check looks past, to the word beyond: "for about two weeks", "since
    /// Friday and now", "a week or so". None of them joins two time expressions into one.
    /// </summary>
    public static IReadOnlyList<string> PassOver { get; } =
    [
        "and", "or", "but", "now", "so", "about", "almost", "nearly", "roughly", "approximately", "approx", "just",
        "over", "under", "beyond", "barely", "maybe", "probably", "perhaps", "like", "ish",
    ];
}
