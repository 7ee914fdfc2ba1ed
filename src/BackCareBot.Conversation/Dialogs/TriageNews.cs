using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.State;

namespace BackCareBot.Conversation.Dialogs;

/// <summary>A decision is told once, and again only when it changes: a new level, or a warning sign not named before.</summary>
internal static class TriageNews
{
    public static bool IsNews(TriageAssessment triage, AnnouncedTriage? announced)
    {
        ArgumentNullException.ThrowIfNull(triage);
        if (triage is not { Status: TriageStatus.Decided, Level: { } level })
        {
            return false;
        }

        return announced is null
            || announced.Level != level
            || triage.Reasons.Any(reason => !announced.Reasons.Contains(reason)
                && (reason.StartsWith("red-flag:", StringComparison.Ordinal) || reason == TriageAssessor.CrisisReason));
    }
}
