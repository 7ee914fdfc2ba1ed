using BackCareBot.BackCare.Triage;

namespace BackCareBot.Conversation.Replies;

/// <summary>
/// What the bot says in one reply, before it is dressed for a channel: paragraphs of text (separated by a blank
/// line), the natural next questions, and the decisions the reply conveys.
/// </summary>
/// <param name="Text">Plain text; paragraphs separated by "\n\n".</param>
/// <param name="Suggestions">Next messages the person can send with one tap; each is sent back as typed.</param>
/// <param name="Triage">The triage decision this reply conveys, if any.</param>
/// <param name="Advice">The advice this reply gives, if any.</param>
/// <param name="ExpectingInput">The reply asks the person a question.</param>
public sealed record BotReply(
    string Text,
    IReadOnlyList<string> Suggestions,
    TriageAssessment? Triage,
    AdviceDecision? Advice,
    bool ExpectingInput);
