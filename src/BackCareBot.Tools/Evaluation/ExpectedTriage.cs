namespace BackCareBot.Evaluation;

/// <summary>What a case expects the triage to be after a step; the wire names are in <see cref="ExpectedTriageRules"/>.</summary>
public enum ExpectedTriage
{
    None,
    SelfCare,
    NoneOrSelfCare,
    Doctor,
    Urgent,
    UrgentOrEmergency,
    Emergency,

    /// <summary>No level yet: the bot asked about the pain and waits for the answer.</summary>
    Asks,
}
