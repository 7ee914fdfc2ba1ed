namespace BackCareBot.BackCare.Matching;

public enum MatchOutcome
{
    /// <summary>Nothing in the article fits: off-topic.</summary>
    NothingFits,

    /// <summary>One piece of advice fits best.</summary>
    Matched,

    /// <summary>Two pieces of advice fit about equally: the dialog asks which.</summary>
    Ambiguous,
}
