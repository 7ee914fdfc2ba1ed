namespace BackCareBot.Transcripts.Replay;

public sealed record ReplayOptions
{
    /// <summary>The entities (an application's decision entities, say) compared besides the message fields.</summary>
    public IReadOnlyList<ComparedEntity> Entities { get; init; } = [];

    /// <summary>
    /// How far a number in a compared entity may move, so a score recorded as 0.91 still matches 0.912 but a change
    /// of ranking shows. A transcript that should not pin a score leaves the property out.
    /// </summary>
    public double NumberTolerance { get; init; } = 0.01;
}
