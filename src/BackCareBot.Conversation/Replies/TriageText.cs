using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Conversation.Replies;

/// <summary>The wording of a triage decision, with the warning signs or the coach's reasons filled in.</summary>
internal sealed class TriageText(ReplyWording wording)
{
    private const string RedFlagPrefix = "red-flag:";
    private const string PregnancyPrefix = "red-flag:pregnancy-";

    public string For(TriageAssessment triage) => triage.Level switch
    {
        TriageLevel.Emergency => TextParts.Fill(wording.Triage.Emergency, "{signs}", Signs(triage, "a warning sign")),
        TriageLevel.Urgent when triage.Reasons.Any(reason => reason.StartsWith(PregnancyPrefix, StringComparison.Ordinal)) =>
            TextParts.Fill(wording.Triage.UrgentPregnancy, "{signs}", Signs(triage, "a sign")),
        TriageLevel.Urgent => TextParts.Fill(wording.Triage.Urgent, "{signs}", Signs(triage, "a sign")),
        TriageLevel.Doctor when Unknown(triage) is { Count: > 0 } unknown =>
            TextParts.Fill(wording.Triage.DoctorUnsure, "{unknown}", string.Join(" or ", unknown)),
        TriageLevel.Doctor => TextParts.Fill(wording.Triage.Doctor, "{reasons}", DoctorReasons(triage)),
        _ => wording.Triage.SelfCare,
    };

    private string Signs(TriageAssessment triage, string unnamed)
    {
        var names = triage.Reasons
            .Where(reason => reason.StartsWith(RedFlagPrefix, StringComparison.Ordinal))
            .Select(reason => wording.WarningSigns.GetValueOrDefault(reason[RedFlagPrefix.Length..]))
            .OfType<string>()
            .ToList();
        return names.Count == 0 ? unnamed : TextParts.JoinNaturally(names);
    }

    private List<string> Unknown(TriageAssessment triage) =>
        [.. triage.Reasons.Where(BackCareDecider.UnansweredReasons.Contains).Select(reason => wording.UnknownFacts[reason])];

    private string DoctorReasons(TriageAssessment triage)
    {
        var reasons = triage.Reasons.Select(reason => wording.DoctorReasons.GetValueOrDefault(reason)).OfType<string>().ToList();
        return reasons.Count == 0 ? wording.DoctorReasons[TriageAssessor.SharpPainReason] : string.Join(" or ", reasons);
    }
}
