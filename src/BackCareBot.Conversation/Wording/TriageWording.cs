namespace BackCareBot.Conversation.Wording;

/// <summary>One reply per triage level.</summary>
public sealed class TriageWording
{
    public string Emergency { get; init; } = "";
    public string Urgent { get; init; } = "";
    public string Doctor { get; init; } = "";
    public string SelfCare { get; init; } = "";
}
