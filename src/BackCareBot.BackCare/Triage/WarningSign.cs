namespace BackCareBot.BackCare.Triage;

/// <summary>
/// A warning sign recognised in a message (clinical-triage-notes.md), with the level it calls for.
/// Its reason in a triage decision is <c>red-flag:{Id}</c>.
/// </summary>
public sealed record WarningSign(string Id, TriageLevel Level)
{
    public string Reason => "red-flag:" + Id;
}
