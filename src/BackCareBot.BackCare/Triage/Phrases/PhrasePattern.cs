namespace BackCareBot.BackCare.Triage.Phrases;

/// <summary>
/// A phrase compiled from the notation of <see cref="PhrasePatternParser"/>: slots in order, each allowed a gap of
/// a few words before it, optionally refused after certain words or before a certain word.
/// </summary>
internal sealed class PhrasePattern(
    string source,
    int set,
    PatternSlot[] slots,
    int[] gapsBefore,
    PatternSlot? excludedBefore,
    PatternSlot? excludedAfter,
    TimeSpan value,
    bool unordered = false)
{
    /// <summary>How far apart, first to last, the words of an unordered phrase may stand.</summary>
    public const int UnorderedSpan = 10;

    /// <summary>The longest phrase the matcher handles.</summary>
    public const int MaxSlots = 8;

    /// <summary>How many words before a phrase <see cref="ExcludedBefore"/> looks at.</summary>
    public const int ExclusionReach = 3;

    public string Source { get; } = source;

    /// <summary>The <see cref="PhraseSet"/> the phrase is evidence for.</summary>
    public int Set { get; } = set;

    public PatternSlot[] Slots { get; } = slots;

    /// <summary>How many words may stand between slot <c>i - 1</c> and slot <c>i</c> (0 for the first).</summary>
    public int[] GapsBefore { get; } = gapsBefore;

    /// <summary>The phrase does not count when any of these words stands just before it ("my mum had cancer").</summary>
    public PatternSlot? ExcludedBefore { get; } = excludedBefore;

    /// <summary>The phrase does not count when this word follows it ("pain free").</summary>
    public PatternSlot? ExcludedAfter { get; } = excludedAfter;

    /// <summary>The duration a duration phrase stands for ("for months"); zero for other phrases.</summary>
    public TimeSpan Value { get; } = value;

    /// <summary>The slots may come in any order within <see cref="UnorderedSpan"/> words ("a &amp; b").</summary>
    public bool Unordered { get; } = unordered;

    public override string ToString() => Source;
}
