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

    /// <summary>
    /// The screening question left unanswered was about a possible emergency sign (bladder, bowel, numbness, both
    /// legs): the safe side of it is a check the same day, not an appointment.
    /// </summary>
    ScreeningForAnEmergency = 8,
}
