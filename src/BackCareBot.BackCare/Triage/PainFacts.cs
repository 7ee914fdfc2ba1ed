namespace BackCareBot.BackCare.Triage;

/// <summary>
/// What a person has told the bot about their pain, from one message or accumulated over a conversation.
/// The dialog keeps the accumulated facts and combines each new message's facts into them, so that
/// "my back hurts" followed by "about ten days" is understood as ten days of pain.
/// </summary>
public sealed record PainFacts
{
    public static PainFacts None { get; } = new();

    /// <summary>The person said they have pain (not only stiffness).</summary>
    public bool PainMentioned { get; init; }

    public Sharpness Sharpness { get; init; }

    /// <summary>How long the pain has lasted, when said; null when not said.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Warning signs recognised, each once.</summary>
    public IReadOnlyList<WarningSign> WarningSigns { get; init; } = [];

    /// <summary>
    /// Combines facts from a later message into these. What the later message says replaces what it
    /// contradicts; what it does not mention is kept. Warning signs are never forgotten within a conversation.
    /// </summary>
    public PainFacts CombineWith(PainFacts later)
    {
        ArgumentNullException.ThrowIfNull(later);
        return new PainFacts
        {
            PainMentioned = PainMentioned || later.PainMentioned,
            Sharpness = later.Sharpness == Sharpness.Unknown ? Sharpness : later.Sharpness,
            Duration = later.Duration ?? Duration,
            WarningSigns = later.WarningSigns.Count == 0
                ? WarningSigns
                : [.. WarningSigns.Concat(later.WarningSigns).DistinctBy(sign => sign.Id)],
        };
    }
}
