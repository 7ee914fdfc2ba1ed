using BackCareBot.BackCare.Triage;

namespace BackCareBot.Conversation.Replies;

/// <summary>
/// What the bot says in one reply, before it is dressed for a channel: paragraphs of text (separated by a blank
/// line), the natural next questions, and the decisions the reply conveys.
/// </summary>
/// <param name="Text">Plain text; paragraphs separated by "\n\n". It may name help lines as <c>{emergency}</c> and
/// <c>{crisisLines}</c>, filled for the person's country when the reply is sent.</param>
/// <param name="Suggestions">Next messages the person can send with one tap; each is sent back as typed.</param>
/// <param name="Triage">The triage decision this reply conveys, if any.</param>
/// <param name="Advice">The advice this reply gives, if any.</param>
/// <param name="ExpectingInput">The reply asks the person a question.</param>
public sealed record BotReply(
    string Text,
    IReadOnlyList<string> Suggestions,
    TriageAssessment? Triage,
    AdviceDecision? Advice,
    bool ExpectingInput)
{
    /// <summary>The country the person said they are in, whose help lines the reply names; null: their locale's.</summary>
    public string? Country { get; init; }

    /// <summary>The same reply as a card, for channels that show cards; null for a reply that is only words.</summary>
    public ReplyCard? Card { get; init; }

    /// <summary>
    /// The same reply worded for a conversation others read (a Teams group chat or channel): the decision without the
    /// person's symptoms, conditions or pregnancy repeated back. Null when the reply repeats nothing private.
    /// </summary>
    public BotReply? ForSharedConversation { get; init; }

    /// <summary>The reply only reminds of a decision already told; said again, it is worded differently.</summary>
    public bool Reminder { get; init; }

    /// <summary>The reply is about the person's own health: in a conversation others read, it offers to go on one to one.</summary>
    public bool OffersOneToOne { get; init; }
}
