namespace BackCareBot.BackCare.Triage;

/// <summary>
/// The triage policy: pure rules on <see cref="PainFacts"/>. Warning signs first (clinical-triage-notes.md), then
/// the article coach's rule: sharp pain, or pain that has lasted a week or more, goes to a primary care doctor
/// or physical therapist; new, non-sharp pain gets the coach's self-care advice.
/// </summary>
public static class TriageAssessor
{
    /// <summary>
    /// The coach's rule says "more than a week". A person who says "a week" has had it at least that long and it
    /// has not settled, so the boundary itself counts: over-triage is the safer error.
    /// </summary>
    public static readonly TimeSpan DoctorAfter = TimeSpan.FromDays(7);

    public const string SharpPainReason = "sharp-pain";
    public const string LongDurationReason = "duration-over-a-week";
    public const string NewPainReason = "new-pain";

    /// <summary>Getting worse, stopping day-to-day life, hard to cope with: the NHS routine list.</summary>
    public const string RoutineConcernReason = "worse-or-disabling";

    /// <summary>Thoughts of self-harm or suicide: an emergency whatever else was said.</summary>
    public const string CrisisReason = "crisis";

    public static TriageAssessment Assess(PainFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var reasons = new List<string>(4);
        TriageLevel? level = null;
        if (facts.Crisis)
        {
            level = TriageLevel.Emergency;
            reasons.Add(CrisisReason);
        }

        foreach (var sign in facts.WarningSigns.OrderByDescending(sign => sign.Level))
        {
            level ??= sign.Level;
            reasons.Add(sign.Reason);
        }

        if (facts.PainMentioned || facts.Sharpness == Sharpness.Sharp)
        {
            var sharp = facts.Sharpness == Sharpness.Sharp;
            var longLasting = facts.Duration >= DoctorAfter;
            if (sharp)
            {
                reasons.Add(SharpPainReason);
            }

            if (longLasting)
            {
                reasons.Add(LongDurationReason);
            }

            var concern = facts.RoutineConcern && facts.PainMentioned;
            if (concern)
            {
                reasons.Add(RoutineConcernReason);
            }

            if (sharp || longLasting || concern)
            {
                level = Max(level, TriageLevel.Doctor);
            }
            else if (level is null)
            {
                var missing = (facts.Duration is null ? MissingPainFacts.Duration : MissingPainFacts.None)
                    | (facts.Sharpness == Sharpness.Unknown ? MissingPainFacts.Sharpness : MissingPainFacts.None);
                if (missing != MissingPainFacts.None)
                {
                    return new TriageAssessment(TriageStatus.NeedsFollowUp, null, [], missing);
                }

                reasons.Add(NewPainReason);
                level = TriageLevel.SelfCare;
            }
        }

        return level is { } decided
            ? new TriageAssessment(TriageStatus.Decided, decided, reasons, MissingPainFacts.None)
            : TriageAssessment.NotApplicable;
    }

    private static TriageLevel Max(TriageLevel? current, TriageLevel candidate) =>
        current is { } level && level > candidate ? level : candidate;
}
