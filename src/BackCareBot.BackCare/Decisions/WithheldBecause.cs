namespace BackCareBot.BackCare.Decisions;

/// <summary>Why no exercise is given this turn.</summary>
public enum WithheldBecause
{
    /// <summary>The triage sends the person to a doctor or further: sharp pain outranks stretching.</summary>
    Triage,

    /// <summary>A warning sign may be there: the screening question comes first.</summary>
    Screening,

    /// <summary>Crisis language: support comes first.</summary>
    Crisis,
}
