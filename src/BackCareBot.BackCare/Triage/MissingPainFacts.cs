namespace BackCareBot.BackCare.Triage;

/// <summary>What the dialog still has to ask before it can decide a level.</summary>
[Flags]
public enum MissingPainFacts
{
    None = 0,
    Duration = 1,
    Sharpness = 2,

    /// <summary>A screening question about a possible warning sign (<c>dialogs/rules/screening/</c>).</summary>
    Screening = 4,
}
