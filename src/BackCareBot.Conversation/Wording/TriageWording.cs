namespace BackCareBot.Conversation.Wording;

/// <summary>One reply per triage level.</summary>
public sealed class TriageWording
{
    public string Emergency { get; init; } = "";
    public string Urgent { get; init; } = "";

    /// <summary>An urgent warning sign in pregnancy: the maternity unit or midwife, now.</summary>
    public string UrgentPregnancy { get; init; } = "";
    public string Doctor { get; init; } = "";

    /// <summary>The doctor rule applied because the person could not say how long or how sharp the pain is.</summary>
    public string DoctorUnsure { get; init; } = "";

    /// <summary>A possible emergency sign asked about and never ruled out: a same-day check, on the safe side.</summary>
    public string UrgentUnsure { get; init; } = "";

    /// <summary>
    /// The doctor level for pain that is getting worse, stops day-to-day life or is hard to cope with (the NHS
    /// routine list, not the coach's words), when neither of the coach's reasons applies.
    /// </summary>
    public string DoctorConcern { get; init; } = "";
    public string SelfCare { get; init; } = "";
}
