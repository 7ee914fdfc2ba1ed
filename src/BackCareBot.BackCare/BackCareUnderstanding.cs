using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Text;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare;

/// <summary>
/// The one call every message needs: what advice fits, and how urgent it is. Everything above this layer
/// (dialogs, the messaging endpoint, the evaluation command) goes through here.
/// </summary>
public sealed class BackCareUnderstanding(KnowledgeBase knowledge, AdviceMatcher matcher, PainFactExtractor extractor)
{
    /// <param name="text">The message as the channel delivered it; null, markup and huge text are all fine.</param>
    /// <param name="messageTime">When the person wrote it, in their own offset where known ("since last Friday").</param>
    /// <param name="earlier">What the conversation already knows about the pain, if anything.</param>
    /// <param name="answeringDuration">The bot asked how long the pain has lasted: a length of time is the answer.</param>
    public Understanding Understand(string? text, DateTimeOffset messageTime, PainFacts? earlier = null, bool answeringDuration = false)
    {
        var message = MessageNormalizer.Normalize(text);
        var messageFacts = extractor.Extract(message, messageTime, earlier, answeringDuration);
        var facts = earlier is null ? messageFacts : earlier.CombineWith(messageFacts);
        var triage = TriageAssessor.Assess(facts);
        var matched = matcher.Match(message);
        var advice = AdviceSafety.WithholdExercises(matched, triage, knowledge);
        return new Understanding(advice, messageFacts, facts, triage, message.IsEmpty, matched);
    }
}
