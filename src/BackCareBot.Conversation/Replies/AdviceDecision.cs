namespace BackCareBot.Conversation.Replies;

/// <summary>The advice a reply gives, as the <c>backcare/advice</c> entity carries it.</summary>
public sealed record AdviceDecision(string Id, double Score);
