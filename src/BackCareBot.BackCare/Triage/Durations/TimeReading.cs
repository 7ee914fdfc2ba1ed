namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>
/// A time expression <see cref="CommonTimeReader"/> read: the words it spans, exactly as the recogniser would span
/// them, and the time since it started, or null where the recogniser's reading gives none ("every day").
/// </summary>
internal readonly record struct TimeReading(int First, int Last, TimeSpan? Value)
{
    public bool Covers(int token) => token >= First && token <= Last;
}
