namespace BackCareBot.Transcripts.Replay;

/// <summary>
/// The bot's clock during a replay: each turn happens at the time the transcript says its activity was sent, so
/// "since last Friday" means the same day it meant when the transcript was written; without a timestamp, the real clock.
/// </summary>
public sealed class ReplayClock(TimeProvider fallback) : TimeProvider
{
    private DateTimeOffset? _turnTime;

    public ReplayClock()
        : this(System)
    {
    }

    public override TimeZoneInfo LocalTimeZone => fallback.LocalTimeZone;

    public override long TimestampFrequency => fallback.TimestampFrequency;

    public void StartTurn(DateTimeOffset? sentAt) => _turnTime = sentAt?.ToUniversalTime();

    public override DateTimeOffset GetUtcNow() => _turnTime ?? fallback.GetUtcNow();

    // Elapsed time and timers stay real: only the wall-clock date of the turn comes from the transcript.
    public override long GetTimestamp() => fallback.GetTimestamp();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
        fallback.CreateTimer(callback, state, dueTime, period);
}
