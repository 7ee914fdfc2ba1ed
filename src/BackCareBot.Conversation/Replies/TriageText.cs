using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Conversation.Replies;

/// <summary>The wording of a triage decision, with the warning signs or the coach's reasons filled in.</summary>
internal sealed class TriageText(ReplyWording wording)
{
    private const string RedFlagPrefix = "red-flag:";
    private const string PregnancyPrefix = "red-flag:pregnancy-";

    /// <param name="triage">The decision.</param>
    /// <param name="named">The reasons to name back ("You mentioned ..."): the warning signs of this message; null for every one.</param>
    public string For(TriageAssessment triage, IReadOnlyCollection<string>? named = null) => triage.Level switch
    {
        TriageLevel.Emergency => TextParts.Fill(wording.Triage.Emergency, "{signs}", Signs(triage, named, "a warning sign")),
        TriageLevel.Urgent when IsPregnancy(triage) => TextParts.Fill(wording.Triage.UrgentPregnancy, "{signs}", Signs(triage, named, "a sign")),
        TriageLevel.Urgent when Unknown(triage) is { Count: > 0 } unsure && !triage.Reasons.Any(reason => reason.StartsWith(RedFlagPrefix, StringComparison.Ordinal)) =>
            TextParts.Fill(wording.Triage.UrgentUnsure, "{unknown}", string.Join(" or ", unsure)),
        TriageLevel.Urgent => TextParts.Fill(wording.Triage.Urgent, "{signs}", Signs(triage, named, "a sign")),
        TriageLevel.Doctor when Unknown(triage) is { Count: > 0 } unknown =>
            TextParts.Fill(wording.Triage.DoctorUnsure, "{unknown}", string.Join(" or ", unknown)),
        TriageLevel.Doctor when OnlyRoutineConcern(triage) => wording.Triage.DoctorConcern,
        TriageLevel.Doctor => TextParts.Fill(wording.Triage.Doctor, "{reasons}", DoctorReasons(triage)),
        _ => wording.Triage.SelfCare,
    };

    /// <summary>The same decision for a conversation others read: what to do, without what the person said.</summary>
    public string ForSharedConversation(TriageAssessment triage)
    {
        var shared = wording.Shared.Triage;
        return triage.Level switch
        {
            TriageLevel.Emergency => shared.Emergency,
            TriageLevel.Urgent when IsPregnancy(triage) => shared.UrgentPregnancy,
            TriageLevel.Urgent => shared.Urgent,
            TriageLevel.Doctor when Unknown(triage).Count > 0 => shared.DoctorUnsure,
            TriageLevel.Doctor => shared.Doctor,
            _ => shared.SelfCare,
        };
    }

    /// <summary>
    /// The warning signs to name: those of <paramref name="named"/> among the decision's reasons. A sign said in an
    /// earlier message was named then; naming it again with a new one reads as if the person had just said both.
    /// </summary>
    private string Signs(TriageAssessment triage, IReadOnlyCollection<string>? named, string unnamed)
    {
        var names = triage.Reasons
            .Where(reason => reason.StartsWith(RedFlagPrefix, StringComparison.Ordinal) && (named is null || named.Contains(reason)))
            .Select(reason => wording.WarningSigns.GetValueOrDefault(reason[RedFlagPrefix.Length..]))
            .OfType<string>()
            .ToList();
        return names.Count == 0 ? unnamed : TextParts.JoinNaturally(names);
    }

    private static bool IsPregnancy(TriageAssessment triage) =>
        triage.Reasons.Any(reason => reason.StartsWith(PregnancyPrefix, StringComparison.Ordinal));

    private List<string> Unknown(TriageAssessment triage) =>
        [.. triage.Reasons.Where(BackCareDecider.UnansweredReasons.Contains).Select(reason => wording.UnknownFacts[reason])];

    /// <summary>The coach's rule is about sharp or long-lasting pain; the NHS routine list is worded on its own.</summary>
    private static bool OnlyRoutineConcern(TriageAssessment triage) =>
        triage.Reasons.Contains(TriageAssessor.RoutineConcernReason)
        && !triage.Reasons.Contains(TriageAssessor.SharpPainReason)
        && !triage.Reasons.Contains(TriageAssessor.LongDurationReason);

    private string DoctorReasons(TriageAssessment triage)
    {
        // The routine concern is NHS advice, not the coach's: the coach's sentence names only her own reasons.
        var reasons = triage.Reasons.Select(reason => wording.DoctorReasons.GetValueOrDefault(reason)).OfType<string>().ToList();
        return reasons.Count == 0 ? wording.DoctorReasons[TriageAssessor.SharpPainReason] : string.Join(" or ", reasons);
    }
}
