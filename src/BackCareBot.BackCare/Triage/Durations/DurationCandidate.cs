namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>A length of time found in a message, with the words it spans.</summary>
internal readonly record struct DurationCandidate(TimeSpan Value, int First, int Last)
{
    public bool Covers(int token) => token >= First && token <= Last;
}
