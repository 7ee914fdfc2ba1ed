namespace BackCareBot.BackCare.Triage;

/// <summary>
/// A triage decision as a value: the dialog switches on <see cref="Status"/>. <see cref="Reasons"/> name what
/// triggered the level (<c>sharp-pain</c>, <c>duration-over-a-week</c>, <c>red-flag:bladder-control</c>, ...).
/// </summary>
public sealed record TriageAssessment(
    TriageStatus Status,
    TriageLevel? Level,
    IReadOnlyList<string> Reasons,
    MissingPainFacts Missing)
{
    public static TriageAssessment NotApplicable { get; } = new(TriageStatus.NotApplicable, null, [], MissingPainFacts.None);
}
