using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Replay;

/// <summary>One line of a replayed conversation.</summary>
/// <param name="Expected">The transcript's activity (the user's, for <see cref="ReplayStepKind.User"/>).</param>
/// <param name="Actual">What the bot sent, for <see cref="ReplayStepKind.Bot"/> and <see cref="ReplayStepKind.Unexpected"/>.</param>
/// <param name="Difference">Why the step fails; null when it passes.</param>
public sealed record ReplayStep(ReplayStepKind Kind, int Turn, Activity? Expected, Activity? Actual, ActivityDifference? Difference)
{
    public bool Passed => Difference is null;
}
