using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Replies;
using BackCareBot.Conversation.State;

namespace BackCareBot.Conversation.Dialogs;

/// <summary>
/// Asks what the triage still needs about the pain, duration first, then sharpness. The answer is read in context
/// ("about ten days", "since last Friday", "no, it's dull", a bare yes or no to "is it sharp?"). An answer that
/// answers nothing gets the question once more; after a second such answer the decision is made on the safe side
/// (<see cref="TriagePolicy.Assess"/>). A new question about a stretch is answered, with the pain question after it.
/// </summary>
internal sealed class TriageFollowUpDialog(KnowledgeBase knowledge, ReplyComposer composer, AdviceDialog advice, TriageDialog decisions)
{
    /// <summary>How many times a question is asked again before the bot decides without its answer.</summary>
    public const int MaxReasks = 1;

    /// <param name="before">The state before this message.</param>
    /// <param name="next">The state with this message's pain facts.</param>
    public TurnResult Ask(DialogState before, DialogState next, AdviceMatch match, bool answered, TriageAssessment triage)
    {
        var question = triage.Missing.HasFlag(MissingPainFacts.Duration) ? MissingPainFacts.Duration : MissingPainFacts.Sharpness;
        var sameQuestion = before.Dialog == DialogIds.TriageFollowUp && before.Asked == question;
        if (sameQuestion && !answered && match.Outcome == MatchOutcome.NothingFits)
        {
            return before.Reasks >= MaxReasks ? DecideWithout(next, question, match) : AskAgain(next, question, before.Reasks + 1);
        }

        var replies = new List<BotReply>(2);
        var state = next;
        var caution = false;
        if (match is { Outcome: MatchOutcome.Matched, Best: { } best })
        {
            var entry = knowledge[best.AdviceId];
            (state, var reply) = advice.Show(next, entry, Math.Round(best.Score, 2), null, triage, withFollowUps: false);
            replies.Add(reply);
            caution = entry.Kind == AdviceKind.Exercise;
        }

        replies.Add(composer.Question(question, again: false, caution));
        state = state.EndDialog() with { Dialog = DialogIds.TriageFollowUp, Asked = question, Reasks = sameQuestion ? before.Reasks : 0 };
        return new TurnResult(DialogIds.TriageFollowUp, state, replies);
    }

    private TurnResult AskAgain(DialogState next, MissingPainFacts question, int reasks)
    {
        var state = next.EndDialog() with { Dialog = DialogIds.TriageFollowUp, Asked = question, Reasks = reasks };
        return new TurnResult(DialogIds.TriageFollowUp, state, [composer.Question(question, again: true, caution: false)]);
    }

    private TurnResult DecideWithout(DialogState next, MissingPainFacts question, AdviceMatch match)
    {
        var state = next with { Unanswered = next.Unanswered | question };
        var triage = TriagePolicy.Assess(state.PainFacts ?? PainFacts.None, state.Unanswered);
        return decisions.Respond(state, match, triage);
    }
}
