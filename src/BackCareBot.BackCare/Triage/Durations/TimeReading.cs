namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>
/// A time expression <see cref="CommonTimeReader"/> read: the words it spans, exactly as the recogniser would span
/// them, and the time since it started, or null where the recogniser's reading gives none ("every day"). A point in
/// time ("yesterday", "last Monday") says when something began; a length ("3 days") how long it lasted.
/// </summary>
internal readonly record struct TimeReading(int First, int Last, TimeSpan? Value, bool IsPoint = false)
{
    public bool Covers(int token) => token >= First && token <= Last;
}
