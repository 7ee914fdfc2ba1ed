namespace BackCareBot.BackCare.Matching;

/// <summary>The advice that fits a message, best first. <see cref="Ranked"/> holds only advice with a score above zero.</summary>
public sealed record AdviceMatch(MatchOutcome Outcome, IReadOnlyList<ScoredAdvice> Ranked)
{
    public static AdviceMatch NothingFits { get; } = new(MatchOutcome.NothingFits, []);

    /// <summary>Advice the message turned down ("she hates yoga"): not offered, nor as the next one.</summary>
    public IReadOnlyList<string> Declined { get; init; } = [];

    /// <summary>Positions the message says the person can't take ("no kneeling"): remembered by the conversation.</summary>
    public IReadOnlyList<string> RulesOut { get; init; } = [];

    /// <summary>Positions the message says the person can take after all ("I CAN do floor stuff"): no longer ruled out.</summary>
    public IReadOnlyList<string> RulesIn { get; init; } = [];

    /// <summary>The best advice, when something fits.</summary>
    public ScoredAdvice? Best => Outcome == MatchOutcome.NothingFits || Ranked.Count == 0 ? null : Ranked[0];
}
