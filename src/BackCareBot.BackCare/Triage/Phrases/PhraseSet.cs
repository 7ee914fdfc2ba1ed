namespace BackCareBot.BackCare.Triage.Phrases;

/// <summary>
/// The kinds of evidence the extractor looks for. Warning signs follow, one set each, numbered from
/// <see cref="FirstWarningSign"/> in the order of the warning-sign catalog.
/// </summary>
internal static class PhraseSet
{
    /// <summary>pain, hurts, aching, sore, "killing me"...</summary>
    public const int Pain = 0;

    /// <summary>sharp, stabbing, shooting, like a knife, severe...</summary>
    public const int Sharp = 1;

    /// <summary>dull, aching, nagging, mild, "a bit sore"...</summary>
    public const int NotSharp = 2;

    /// <summary>Words that make a duration about symptoms even without a pain word: injury, symptoms, pulled, numb...</summary>
    public const int SymptomContext = 3;

    /// <summary>The pain is new: just started, suddenly, for the first time...</summary>
    public const int NewOnset = 4;

    /// <summary>A minor knock: fell, slipped, tripped, lifted... (a warning sign with osteoporosis).</summary>
    public const int MinorTrauma = 5;

    /// <summary>Durations the date recogniser does not know: "for ages", "for months", "just started".</summary>
    public const int DurationPhrase = 6;

    public const int FirstWarningSign = 7;

    /// <summary>Sets whose every match is kept, not only the first: their positions and values are used.</summary>
    public static bool KeepsAllMatches(int set) => set is Pain or Sharp or NotSharp or SymptomContext or DurationPhrase;
}
