namespace BackCareBot.Conversation.State;

/// <summary>One candidate of a "which of these did you mean?" question, with how well it fitted the question.</summary>
public sealed record AdviceChoice(string AdviceId, double Score);
