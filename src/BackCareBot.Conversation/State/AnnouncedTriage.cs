using BackCareBot.BackCare.Triage;

namespace BackCareBot.Conversation.State;

/// <summary>A triage decision as the bot told it: the level and the reasons behind it.</summary>
public sealed record AnnouncedTriage(TriageLevel Level, IReadOnlyList<string> Reasons)
{
    public static AnnouncedTriage From(TriageAssessment triage)
    {
        ArgumentNullException.ThrowIfNull(triage);
        return new AnnouncedTriage(triage.Level ?? throw new ArgumentException("Only a decided triage is announced.", nameof(triage)), triage.Reasons);
    }
}
