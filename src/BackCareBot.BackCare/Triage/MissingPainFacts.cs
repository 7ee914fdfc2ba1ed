namespace BackCareBot.BackCare.Triage;

/// <summary>What the dialog still has to ask before it can decide a level.</summary>
[Flags]
public enum MissingPainFacts
{
    None = 0,
    Duration = 1,
    Sharpness = 2,
}
