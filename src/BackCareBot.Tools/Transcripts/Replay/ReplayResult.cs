namespace BackCareBot.Transcripts.Replay;

/// <summary>A replayed transcript: the whole conversation, step by step, and whether the bot said what it says.</summary>
public sealed record ReplayResult(Transcript Transcript, IReadOnlyList<ReplayStep> Steps)
{
    public bool Passed => Steps.All(step => step.Passed);

    public ReplayStep? FirstDifference => Steps.FirstOrDefault(step => !step.Passed);

    public int BotActivities => Steps.Count(step => step.Kind is ReplayStepKind.Bot or ReplayStepKind.Missing);
}
