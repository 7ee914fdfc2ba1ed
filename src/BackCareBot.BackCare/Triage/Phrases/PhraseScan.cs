namespace BackCareBot.BackCare.Triage.Phrases;

/// <summary>What one message said, per <see cref="PhraseSet"/>: affirmed, negated, and where.</summary>
internal sealed class PhraseScan(int setCount)
{
    private readonly bool[] affirmed = new bool[setCount];
    private readonly bool[] negated = new bool[setCount];
    private readonly List<PhraseMatch> matches = new(16);

    public IReadOnlyList<PhraseMatch> Matches => matches;

    /// <summary>At least one phrase of the set was said without negation.</summary>
    public bool IsAffirmed(int set) => affirmed[set];

    /// <summary>At least one phrase of the set was negated ("not sharp").</summary>
    public bool IsNegated(int set) => negated[set];

    /// <summary>The set was talked about at all, affirmed or negated.</summary>
    public bool IsMentioned(int set) => affirmed[set] || negated[set];

    public void Add(PhraseMatch match)
    {
        matches.Add(match);
        if (match.Negated)
        {
            negated[match.Pattern.Set] = true;
        }
        else
        {
            affirmed[match.Pattern.Set] = true;
        }
    }
}
