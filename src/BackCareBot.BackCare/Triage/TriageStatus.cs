namespace BackCareBot.BackCare.Triage;

public enum TriageStatus
{
    /// <summary>No pain and no warning sign: a stiffness question has no triage level.</summary>
    NotApplicable,

    /// <summary>Pain was mentioned but how long or how sharp is not known yet: the dialog asks.</summary>
    NeedsFollowUp,

    /// <summary>A level was decided.</summary>
    Decided,
}
