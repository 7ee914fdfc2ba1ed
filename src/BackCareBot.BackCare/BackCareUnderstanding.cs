using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Text;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare;

/// <summary>
/// Reads one message: what advice it asks about and what it says about the pain. The decider
/// (<see cref="Decisions.BackCareDecider"/>) is its only caller on a turn and makes every decision from it.
/// </summary>
public sealed class BackCareUnderstanding(AdviceMatcher matcher, PainFactExtractor extractor, MessageGlossary glossary)
{
    /// <param name="text">The message as the channel delivered it; null, markup and huge text are all fine.</param>
    /// <param name="messageTime">When the person wrote it, in their own offset where known ("since last Friday").</param>
    /// <param name="earlier">What the conversation already knows about the pain, if anything.</param>
    /// <param name="answeringDuration">The bot asked how long the pain has lasted: a length of time is the answer.</param>
    public Understanding Understand(string? text, DateTimeOffset messageTime, PainFacts? earlier = null, bool answeringDuration = false)
    {
        var message = glossary.Gloss(MessageNormalizer.Normalize(text));
        var messageFacts = extractor.Extract(message, messageTime, earlier, answeringDuration);
        var facts = earlier is null ? messageFacts : earlier.CombineWith(messageFacts);
        return new Understanding(matcher.Match(message), messageFacts, facts, message.IsEmpty, message.Text);
    }
}
