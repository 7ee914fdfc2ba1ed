namespace BackCareBot.Evaluation;

/// <summary>
/// The evaluation set is read as if every message were sent at <see cref="SetTime"/>, a Wednesday, so that
/// "since last Friday" or "since monday" mean the same number of days on every run.
/// </summary>
internal sealed class EvaluationClock : TimeProvider
{
    public static readonly DateTimeOffset SetTime = new(2025, 3, 12, 10, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => SetTime;
}
