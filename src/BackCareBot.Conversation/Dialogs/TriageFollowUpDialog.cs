using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Replies;
using BackCareBot.Conversation.State;

namespace BackCareBot.Conversation.Dialogs;

/// <summary>
/// Asks what the triage still needs about the pain, duration first, then sharpness, as the decider says
/// (<see cref="BackCareDecider"/> reads the answer in context and decides when to ask again or to decide without it).
/// A new question about a stretch is answered, with the pain question after it; while whether the pain is sharp is
/// unknown, a stretch asked for waits for the answer (<see cref="DialogState.Deferred"/>).
/// </summary>
internal sealed class TriageFollowUpDialog(KnowledgeBase knowledge, ReplyComposer composer, AdviceDialog advice)
{
    /// <param name="answer">
    /// The message's own question answered first ("does stretching even work for back pain?"), in place of advice.
    /// </param>
    public TurnResult Ask(DialogState next, TurnDecision decision, BotReply? answer = null)
    {
        var question = decision.Question;
        if (decision.AskAgain)
        {
            var again = next.EndDialog() with { Dialog = DialogIds.TriageFollowUp, Asked = question, Reasks = decision.Reasks };
            return new TurnResult(DialogIds.TriageFollowUp, again, [composer.Question(question, again: true, caution: false)]);
        }

        var replies = new List<BotReply>(2);
        var state = next;
        var caution = false;
        AdviceEntry? waiting = null;
        // A stretch that waited for the pain question is the one to give once the answer allows it, until one is shown.
        var deferred = next.Deferred;
        if (answer is not null)
        {
            replies.Add(answer);
        }
        else if (decision.Advice is { Outcome: MatchOutcome.Matched, Best: { } shown } && shown.AdviceId == next.AdviceId && next.Asked == question)
        {
            // The advice on screen asked about again ("monitor height?" under the desk setup): its steps, then why it
            // helps, never the same card again.
            var again = advice.StepsOfShown(next, decision);
            state = again.State ?? next;
            replies.AddRange(again.Replies);
        }
        else if (decision.Advice is { Outcome: MatchOutcome.Matched, Best: { } best } && knowledge[best.AdviceId].Kind == AdviceKind.Exercise
            && decision.Facts.Sharpness == Sharpness.Unknown)
        {
            // "my lower back is killing me, any stretches?": pain said and whether it is sharp not yet known, so the
            // stretch waits for the answer; it is given once the pain is known to be fine to stretch. A dull ache
            // ("just a mild ache, stretch?") gets it now, with the question of how long after it.
            // The reason it waits is said once: "3 days" to "how long?" is thanked for, not told the reason again, and
            // "what does the hip flexor thing do?" meanwhile is told what it is for, its steps still waiting.
            caution = next.Deferred is null || next.Asked == MissingPainFacts.None;
            waiting = caution || decision.MessageFacts.Duration is not null || decision.MessageFacts.Sharpness != Sharpness.Unknown
                ? null
                : knowledge[best.AdviceId];
            deferred = best.AdviceId;
        }
        // "just the left one, down to about the knee" answers the screening question: its leg words ask for no stretch.
        else if (decision.Advice is { Outcome: MatchOutcome.Matched, Best: { } shownNow } && next.Dialog != DialogIds.Screening)
        {
            (state, var reply) = advice.Show(next, knowledge[shownNow.AdviceId], Math.Round(shownNow.Score, 2), null, decision, withFollowUps: false);
            replies.Add(reply);
            // The desk setup shown meanwhile leaves the stretch still waiting; a stretch shown is the one given.
            deferred = knowledge[shownNow.AdviceId].Kind == AdviceKind.Exercise ? null : deferred;
        }

        // The same question already waited and was asked again beside an answer once ("monitor height?" after "how
        // long have you had this pain?"): the new question is answered, and the waiting one is not asked a third time.
        var waitedBefore = next.Asked == question && replies.Count > 0;
        if (!(waitedBefore && next.QuestionRepeated))
        {
            // "but it's mostly dull" to "how long?": the sharpness is heard, and the length still asked, not as if unheard.
            var noted = replies.Count == 0 && !caution && (next.Asked == question || next.Deferred is not null)
                && (decision.MessageFacts.Sharpness != Sharpness.Unknown || decision.MessageFacts.Duration is not null);
            replies.Add(composer.Question(question, again: false, caution, noted, waiting));
        }

        state = state.EndDialog() with
        {
            Dialog = DialogIds.TriageFollowUp, Asked = question, Reasks = decision.Reasks, QuestionRepeated = waitedBefore,
            Deferred = deferred,
        };
        return new TurnResult(DialogIds.TriageFollowUp, state, replies);
    }
}
