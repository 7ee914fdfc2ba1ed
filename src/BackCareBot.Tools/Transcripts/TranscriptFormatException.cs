namespace BackCareBot.Transcripts;

/// <summary>
/// A transcript file that cannot be read. The message names the file, the 1-based line and column and what is wrong,
/// never the conversation's text (a recorded transcript is health data).
/// </summary>
public sealed class TranscriptFormatException : Exception
{
    public TranscriptFormatException()
    {
    }

    public TranscriptFormatException(string message)
        : base(message)
    {
    }

    public TranscriptFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public TranscriptFormatException(string filePath, int line, int column, string problem, Exception? innerException = null)
        : base($"{filePath}:{line}:{column}: {problem}", innerException)
    {
        FilePath = filePath;
        Line = line;
        Column = column;
    }

    public string? FilePath { get; }

    /// <summary>1-based; 0 when the fault is the file as a whole.</summary>
    public int Line { get; }

    /// <summary>1-based; 0 when the fault is a whole line or the file.</summary>
    public int Column { get; }
}
