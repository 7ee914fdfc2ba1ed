namespace BackCareBot.Transcripts.Recording;

/// <summary>Section <c>Transcripts</c>: recording real conversations, off unless a folder is set.</summary>
public sealed class TranscriptRecordingOptions
{
    public const string SectionName = "Transcripts";

    /// <summary>
    /// Where conversations are recorded, one <c>.transcript</c> file per channel and conversation. Empty (the
    /// default) records nothing: the files hold what people wrote about their health.
    /// </summary>
    public string? RecordingFolder { get; set; }
}
