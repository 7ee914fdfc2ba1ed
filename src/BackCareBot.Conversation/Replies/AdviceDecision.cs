namespace BackCareBot.Conversation.Replies;

/// <summary>The advice a reply gives, as the <c>backcare/advice</c> entity carries it.</summary>
/// <param name="Id">The advice id.</param>
/// <param name="Score">How well it fitted the person's question; null when the person did not ask for it by a
/// question (a follow-up such as "What's the next stretch?").</param>
public sealed record AdviceDecision(string Id, double? Score);
