namespace BackCareBot.Conversation.Wording;

/// <summary>
/// Replies worded for a conversation others read (a Teams group chat or channel): the decision without the person's
/// symptoms, conditions or pregnancy repeated back, and the offer to carry on one to one.
/// </summary>
public sealed class SharedWording
{
    public string OneToOne { get; init; } = "";

    public string PregnancyCaution { get; init; } = "";

    public string Forgotten { get; init; } = "";

    public TriageWording Triage { get; init; } = new();
}
