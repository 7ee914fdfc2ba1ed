namespace BackCareBot.Transcripts.Replay;

/// <summary>A turn that produced no replies to compare (the pipeline failed); reported as a difference of that turn.</summary>
public sealed class ReplayTurnException : Exception
{
    public ReplayTurnException()
    {
    }

    public ReplayTurnException(string message)
        : base(message)
    {
    }

    public ReplayTurnException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
