namespace BackCareBot.BackCare.Triage.Vocabulary;

/// <summary>A warning sign and every phrase that reports it, in the notation of <c>PhrasePatternParser</c>.</summary>
internal sealed record WarningSignRule(WarningSign Sign, IReadOnlyList<string> Phrases, SignCondition Condition = SignCondition.None)
{
    /// <summary>Pain of up to six weeks is new (acute) pain for the age-over-50 sign.</summary>
    public static readonly TimeSpan NewPainAtMost = TimeSpan.FromDays(42);
}
