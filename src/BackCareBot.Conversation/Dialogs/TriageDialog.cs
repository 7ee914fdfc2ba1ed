using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Dialogs.Recognition;
using BackCareBot.Conversation.Replies;
using BackCareBot.Conversation.State;

namespace BackCareBot.Conversation.Dialogs;

/// <summary>
/// Words a decided turn. A warning sign ends whatever dialog was going on with the emergency or urgent reply.
/// Otherwise a new decision is told first, then the advice the decision kept; a message with nothing else to
/// answer hears the decision again.
/// </summary>
internal sealed class TriageDialog(KnowledgeBase knowledge, ReplyComposer composer, AdviceDialog advice, DisambiguationDialog disambiguation)
{
    /// <summary>The decision alone, ending any dialog: for the doctor rule with nothing else to say.</summary>
    public static TurnResult Announce(DialogState next, TriageAssessment triage, ReplyComposer composer, IReadOnlyCollection<string>? named = null)
    {
        ArgumentNullException.ThrowIfNull(composer);
        var state = next.EndDialog() with { Announced = AnnouncedTriage.From(triage) };
        return new TurnResult(DialogIds.Triage, state, [composer.Triage(triage, [], named)]);
    }

    /// <summary>
    /// A warning sign, ending any dialog. The reply names only what the person has just said: the signs of this
    /// message, and any sign an answer to the bot's question added, never one told before as if it were new.
    /// </summary>
    public static TurnResult Announce(DialogState next, TurnDecision decision, ReplyComposer composer)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(decision);
        var told = next.Announced?.Reasons ?? [];
        var said = decision.MessageFacts.WarningSigns.Select(sign => sign.Reason).ToHashSet(StringComparer.Ordinal);
        var named = decision.Triage.Reasons.Where(reason => said.Contains(reason) || !told.Contains(reason)).ToList();
        return Announce(next, decision.Triage, composer, named);
    }

    /// <summary>How close the second of two things compared must fit to be shown beside the first.</summary>
    private const double ComparisonMargin = 0.05;

    /// <param name="comparing">The message sets two things side by side ("foam roller or massage ball?").</param>
    /// <param name="asking">The message asks something ("can't I just go to my GP on monday?"), not only tells.</param>
    public TurnResult Respond(DialogState next, TurnDecision decision, bool comparing = false, bool asking = false)
    {
        var triage = decision.Triage;
        var match = decision.Advice;
        var decided = triage.Status == TriageStatus.Decided;
        var announce = TriageNews.IsNews(triage, next.Announced) ? triage : null;
        var state = decided ? next.EndDialog() with { Announced = AnnouncedTriage.From(triage) } : next.EndDialog();
        switch (match.Outcome)
        {
            case MatchOutcome.Matched when announce is null && comparing && match.Ranked is [var first, var second, ..]
                && second.Score >= first.Score - ComparisonMargin:
                return advice.Compare(state, knowledge[first.AdviceId], knowledge[second.AdviceId], decision);
            case MatchOutcome.Matched when match.Best is { } best && announce is null
                && next.Dialog == DialogIds.Advice && next.AdviceId == best.AdviceId:
                return advice.StepsOfShown(state, decision);
            case MatchOutcome.Matched when match.Best is { } best:
                return advice.Give(state, knowledge[best.AdviceId], Math.Round(best.Score, 2), announce, decision);
            case MatchOutcome.Ambiguous:
                return disambiguation.Ask(state, match, announce);
        }

        if (announce is null && SafeBeside(next, decision) is { } beside)
        {
            return beside;
        }

        if (decision.Withheld is not null)
        {
            // "which exercise should I do daily until Sunday?" under a check already told: the stretch waits, and why.
            if (announce is null && StretchWaits(state, next, decision, mustName: false) is { } waits)
            {
                return waits;
            }

            return announce is null && triage.Level is not null
                ? new TurnResult(DialogIds.Triage, state, [decided ? Reminder(triage, decision, asking) : composer.ToldBefore(triage)])
                : Announce(state, triage, composer);
        }

        if (announce is null && decided && triage.Level is not null && SaysMoreAboutThePain(decision.MessageFacts))
        {
            // "it's a dull ache" after the decision: heard, and the decision it fits.
            return new TurnResult(DialogIds.Triage, state, [Reminder(triage, decision, asking)]);
        }

        if (announce is null)
        {
            // A message not understood leaves the conversation where it was: the next "how many reps?" is still
            // about the stretch on screen, and "next" still moves the routine on.
            var keep = next.Dialog is DialogIds.Advice or DialogIds.Routine ? state with { Dialog = next.Dialog } : state;
            return new TurnResult(DialogIds.Fallback, keep, [composer.Fallback()]);
        }

        return SelfCare(state, decision);
    }

    /// <summary>How well an exercise must fit for the message to ask for a stretch at all ("what stretch tho").</summary>
    private const double AsksForAStretchScore = 0.3;

    /// <summary>
    /// A stretch asked for under a doctor's or same-day check already told: why it waits and what to do meanwhile, the
    /// stretch named where one is ("would the hamstring one be ok meanwhile"), and in other words when asked again
    /// straight after ("what stretch tho"). Null when the message asks for no stretch, or the level has its own line.
    /// </summary>
    /// <param name="state">The state the answer leaves.</param>
    /// <param name="next">The state before it, holding the last reply said.</param>
    /// <param name="mustName">Only a stretch the message names ("meanwhile?" alone has its own answer).</param>
    public TurnResult? StretchWaits(DialogState state, DialogState next, TurnDecision decision, bool mustName)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Withheld != WithheldBecause.Triage || decision.Asked.Best is not { } asked || asked.Score < AsksForAStretchScore
            || !knowledge.TryGet(asked.AdviceId, out var exercise) || exercise.Kind != AdviceKind.Exercise)
        {
            return null;
        }

        var named = decision.Asked.Outcome == MatchOutcome.Matched && asked.Score >= AdviceDialog.NamedMoveScore;
        if ((mustName && !named) || composer.ExerciseWaits(decision.Triage, named ? exercise : null) is not { } waits)
        {
            return null;
        }

        // Said in the last few turns, not only the last one ("can I stretch meanwhile?" two questions after "can I stretch?").
        var print = ReplyPrint.Of(waits.Text);
        var again = print == next.LastReplyPrint || next.AnswerPrints.Contains(print);
        return new TurnResult(DialogIds.Triage, state, [again ? composer.ExerciseWaitsAgain(decision.Triage) ?? waits : waits]);
    }

    /// <summary>How well a setup or background answer must fit to be given beside a decision already told.</summary>
    private const double SafeBesideScore = 0.5;

    /// <summary>
    /// "my chair in halls is super low and the desk is high" under a check already told: a setup or background answer
    /// is safe beside any check short of an emergency, so it is given, with the decision in one line after it.
    /// </summary>
    public TurnResult? SafeBeside(DialogState next, TurnDecision decision)
    {
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.Triage is not { Status: TriageStatus.Decided, Level: TriageLevel.Doctor or TriageLevel.Urgent } triage
            || TriageNews.IsNews(triage, next.Announced) || SaysMoreAboutThePain(decision.MessageFacts)
            || decision.Asked is not { Outcome: MatchOutcome.Matched or MatchOutcome.Ambiguous, Best: { } best } || best.Score < SafeBesideScore
            || !knowledge.TryGet(best.AdviceId, out var entry) || entry.Kind == AdviceKind.Exercise)
        {
            return null;
        }

        var told = next.EndDialog() with { Announced = AnnouncedTriage.From(triage) };
        var (state, reply) = advice.Show(told, entry, Math.Round(best.Score, 2), null, decision, withFollowUps: false);
        return new TurnResult(DialogIds.Advice, state with { Dialog = DialogIds.Advice }, [reply, composer.ToldBefore(triage)]);
    }

    /// <summary>
    /// The decision already told, said again: with the new detail heard ("it started about 4 days ago") when the message
    /// tells one; the plain reminder when it asks something instead ("can't I just go to my GP on monday").
    /// </summary>
    private BotReply Reminder(TriageAssessment triage, TurnDecision decision, bool asking) =>
        !asking && SaysMoreAboutThePain(decision.MessageFacts) ? composer.HeardNoChange(triage) : composer.ToldBefore(triage);

    private static bool SaysMoreAboutThePain(PainFacts said) =>
        said.PainMentioned || said.Sharpness != Sharpness.Unknown || said.Duration is not null;

    /// <summary>The self-care decision, with the follow-ups of the advice given before the pain questions.</summary>
    private TurnResult SelfCare(DialogState state, TurnDecision decision)
    {
        if (state.AdviceId is null)
        {
            return new TurnResult(DialogIds.Triage, state, [composer.Triage(decision.Triage, [])]);
        }

        var offered = advice.FollowUpsFor(knowledge[state.AdviceId], state.Shown, decision, FollowUp.None);
        return new TurnResult(DialogIds.Triage, state with { Dialog = DialogIds.Advice }, [composer.Triage(decision.Triage, offered)]);
    }
}
