namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>
/// A length of time found in a message, with the words it spans; <paramref name="IsPoint"/> when it was said as the
/// moment something began ("yesterday", "since Monday") rather than as a length ("3 days").
/// </summary>
internal readonly record struct DurationCandidate(TimeSpan Value, int First, int Last, bool IsPoint = false)
{
    public bool Covers(int token) => token >= First && token <= Last;
}
