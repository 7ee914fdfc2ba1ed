using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare;

/// <summary>
/// What one message says, read against the knowledge and the rules: the advice it asks about and its pain facts.
/// <see cref="Decisions.BackCareDecider"/> decides on it; nothing here decides.
/// </summary>
/// <param name="MatchedAdvice">What the message asks about.</param>
/// <param name="MessageFacts">The pain facts in this message alone.</param>
/// <param name="Facts">The conversation's facts so far, this message's combined in.</param>
/// <param name="MessageIsEmpty">Nothing analysable was left of the message (blank, only emoji or markup).</param>
/// <param name="GlossedText">
/// The message as the rules read it, other languages' words in English: "כן", "ναι", "так" to a screening question
/// are a yes, "לא", "όχι", "ні" a no.
/// </param>
public sealed record Understanding(AdviceMatch MatchedAdvice, PainFacts MessageFacts, PainFacts Facts, bool MessageIsEmpty, string GlossedText = "");
