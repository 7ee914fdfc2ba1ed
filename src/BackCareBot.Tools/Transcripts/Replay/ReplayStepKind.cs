namespace BackCareBot.Transcripts.Replay;

public enum ReplayStepKind
{
    /// <summary>A user-side activity, sent to the bot.</summary>
    User,

    /// <summary>A bot activity of the transcript and the one the bot sent in its place; they may differ.</summary>
    Bot,

    /// <summary>The transcript has a bot activity here; the bot sent nothing more this turn.</summary>
    Missing,

    /// <summary>The bot sent an activity the transcript does not have.</summary>
    Unexpected,

    /// <summary>The turn produced no replies at all (the pipeline failed).</summary>
    TurnFailed,
}
