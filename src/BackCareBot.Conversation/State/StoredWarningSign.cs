using BackCareBot.BackCare.Triage;

namespace BackCareBot.Conversation.State;

/// <summary>A warning sign the person mentioned: its id and the level it calls for.</summary>
public sealed record StoredWarningSign(string Id, TriageLevel Level);
