namespace BackCareBot.BackCare.Matching;

/// <summary>The advice that fits a message, best first. <see cref="Ranked"/> holds only advice with a score above zero.</summary>
public sealed record AdviceMatch(MatchOutcome Outcome, IReadOnlyList<ScoredAdvice> Ranked)
{
    public static AdviceMatch NothingFits { get; } = new(MatchOutcome.NothingFits, []);

    /// <summary>The best advice, when something fits.</summary>
    public ScoredAdvice? Best => Outcome == MatchOutcome.NothingFits || Ranked.Count == 0 ? null : Ranked[0];
}
