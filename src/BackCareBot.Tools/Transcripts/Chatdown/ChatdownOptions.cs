namespace BackCareBot.Transcripts.Chatdown;

public sealed record ChatdownOptions
{
    /// <summary>Where <c>[Attachment=relative/path]</c> is looked up first; then the current folder, as chatdown does.</summary>
    public string? BaseFolder { get; init; }

    /// <summary>
    /// The clock the timestamps start from. Chatdown starts at "now" rounded down to the second and steps 2 s per
    /// message (or <c>[Delay=ms]</c>), 100 ms per typing or conversationUpdate; a replayed turn takes its time from them.
    /// </summary>
    public DateTimeOffset? StartTime { get; init; }
}
