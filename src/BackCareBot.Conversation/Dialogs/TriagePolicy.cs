using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.State;

namespace BackCareBot.Conversation.Dialogs;

/// <summary>
/// How the dialogs use <see cref="TriageAssessor"/> over a conversation: a fact the person could not give after
/// being asked twice is decided on the safe side, and a decision is told once, again only when it changes.
/// </summary>
public static class TriagePolicy
{
    /// <summary>The person could not say how long the pain has lasted: it may be more than a week.</summary>
    public const string DurationUnknownReason = "duration-unknown";

    /// <summary>The person could not say whether the pain is sharp: it may be.</summary>
    public const string SharpnessUnknownReason = "sharpness-unknown";

    public static IReadOnlyList<string> UnansweredReasons { get; } = [DurationUnknownReason, SharpnessUnknownReason];

    /// <summary>
    /// The assessor's decision on <paramref name="facts"/>; when it still needs a fact listed in
    /// <paramref name="unanswered"/>, the coach's doctor rule instead: pain that might be sharp or might have lasted
    /// over a week is treated as if it were (over-triage is the safer error).
    /// </summary>
    public static TriageAssessment Assess(PainFacts facts, MissingPainFacts unanswered)
    {
        var triage = TriageAssessor.Assess(facts);
        var unknown = triage.Missing & unanswered;
        if (triage.Status != TriageStatus.NeedsFollowUp || unknown == MissingPainFacts.None)
        {
            return triage;
        }

        var reasons = new List<string>(2);
        if (unknown.HasFlag(MissingPainFacts.Duration))
        {
            reasons.Add(DurationUnknownReason);
        }

        if (unknown.HasFlag(MissingPainFacts.Sharpness))
        {
            reasons.Add(SharpnessUnknownReason);
        }

        return new TriageAssessment(TriageStatus.Decided, TriageLevel.Doctor, reasons, MissingPainFacts.None);
    }

    /// <summary>Emergency and urgent signs interrupt whatever dialog is going on.</summary>
    public static bool IsWarning(TriageAssessment triage) =>
        triage is { Status: TriageStatus.Decided, Level: >= TriageLevel.Urgent };

    /// <summary>Sharp pain outranks stretches: from the doctor level up, no exercise is given.</summary>
    public static bool WithholdsExercises(TriageAssessment triage) => AdviceSafety.WithholdsExercises(triage);

    /// <summary>The person has not been told this decision: a new level, or a warning sign not named before.</summary>
    public static bool IsNews(TriageAssessment triage, AnnouncedTriage? announced)
    {
        ArgumentNullException.ThrowIfNull(triage);
        if (triage is not { Status: TriageStatus.Decided, Level: { } level })
        {
            return false;
        }

        return announced is null
            || announced.Level != level
            || triage.Reasons.Any(reason => reason.StartsWith("red-flag:", StringComparison.Ordinal) && !announced.Reasons.Contains(reason));
    }
}
