using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare;
using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Dialogs.Recognition;
using BackCareBot.Conversation.Replies;
using BackCareBot.Conversation.State;

namespace BackCareBot.Conversation.Dialogs;

/// <summary>
/// Advice and its follow-ups: the advice with its attribution, then "How do I do it?" (the steps of that advice),
/// "What's the next stretch?" (its first related advice not shown yet) and "Why does sitting do this?". A
/// follow-up is understood only right after advice, from its button or typed ("how do i do that", "next", "why").
/// Whether an exercise may be given is the turn's decision (<see cref="AdviceSafety.Allows"/>).
/// </summary>
internal sealed class AdviceDialog(KnowledgeBase knowledge, ReplyComposer composer, FollowUpReader followUps)
{
    /// <summary>A match this strong names the move ("the hip flexor stretch?"), not a general request it happens to fit.</summary>
    internal const double NamedMoveScore = 0.6;

    /// <summary>How far a named move stands ahead of the next: "anything for me?" fits several moves about as well.</summary>
    private const double NamedMoveMargin = 0.15;

    private static bool NamesTheMove(double? score, TurnDecision decision) =>
        score >= NamedMoveScore
        && (decision.Asked.Ranked is not [var first, var second, ..] || first.Score - second.Score >= NamedMoveMargin);

    /// <summary>Gives the advice and waits for its follow-ups.</summary>
    /// <param name="announce">A triage decision to tell first, if it is news.</param>
    public TurnResult Give(DialogState next, AdviceEntry entry, double? score, TriageAssessment? announce, TurnDecision decision)
    {
        if (!AdviceSafety.Allows(entry, decision))
        {
            return Withheld(next, decision);
        }

        var (state, reply) = Show(next, entry, score, announce, decision, withFollowUps: true);
        return new TurnResult(DialogIds.Advice, state with { Dialog = DialogIds.Advice }, [reply]);
    }

    /// <summary>The advice reply and the state that remembers it, for a dialog that goes on with something else.</summary>
    public (DialogState State, BotReply Reply) Show(
        DialogState next, AdviceEntry entry, double? score, TriageAssessment? announce, TurnDecision decision, bool withFollowUps)
    {
        var shown = next.Shown.Contains(entry.Id) ? next.Shown : [.. next.Shown, entry.Id];
        if (announce is null && entry.Position.Conflicts(next.RuledOut) is { Count: > 0 } conflicts)
        {
            // "no kneeling" said before: the version without it, or why this one is best left out.
            var version = composer.HasVersionWithout(entry, conflicts);
            shown = version && entry.Position.VersionShows is { } same && !shown.Contains(same) ? [.. shown, same] : shown;
            var state = next.EndDialog() with { AdviceId = entry.Id, Shown = shown, AskedAgain = 0, VersionShown = version };
            // "I use a wheelchair, my back gets stiff": a general request is answered with what suits them, not with
            // why the best match for someone else is left out.
            if (!version && !NamesTheMove(score, decision) && composer.MovesWithout(next.RuledOut) is { } suited)
            {
                return (state, suited);
            }

            return (state, composer.Without(entry, conflicts, withFollowUps ? FollowUpsFor(entry, shown, decision, FollowUp.HowTo) : [], decision.Pregnant));
        }

        var offered = withFollowUps ? FollowUpsFor(entry, shown, decision, FollowUp.None) : [];
        var shownState = next.EndDialog() with { AdviceId = entry.Id, Shown = shown, AskedAgain = 0, VersionShown = false };
        var pregnancyCaution = decision.Pregnant && entry.Kind == AdviceKind.Exercise;
        return (shownState, composer.Advice(entry, score, announce, offered, pregnancyCaution));
    }

    /// <summary>
    /// "no kneeling, dodgy knees" with a move on screen: the move again without it, or why it is best left out; in the
    /// routine, that a move needing none of it stands, its place kept. Null when the move on screen needs none of it
    /// outside the routine: the message is answered as the question it is ("so what's there that isn't on my knees?").
    /// </summary>
    /// <param name="state">The state before this message: what was on screen.</param>
    /// <param name="ruledOut">The positions this message rules out that were not ruled out before.</param>
    public TurnResult? RuledOut(DialogState next, DialogState state, string adviceId, IReadOnlyList<string> ruledOut, TurnDecision decision)
    {
        var entry = knowledge[adviceId];
        if (!AdviceSafety.Allows(entry, decision))
        {
            return Withheld(next, decision);
        }

        var conflicts = entry.Position.Conflicts(next.RuledOut);
        if (state.Dialog == DialogIds.Routine && state.RoutineStep is { } step)
        {
            var actions = composer.RoutineActions(step);
            var inRoutine = conflicts.Count == 0 ? composer.PositionFits(entry, ruledOut[0], actions) : composer.Without(entry, conflicts, actions, decision.Pregnant);
            return new TurnResult(DialogIds.Routine, next, [inRoutine]);
        }

        if (conflicts.Count == 0)
        {
            return null;
        }

        var (shown, reply) = Show(next, entry, null, null, decision, withFollowUps: true);
        return new TurnResult(DialogIds.Advice, shown with { Dialog = DialogIds.Advice }, [reply]);
    }

    /// <summary>The move needs a position the person ruled out, and has no version without it: not offered next.</summary>
    public bool LeftOut(string adviceId, DialogState next) => LeftOut(knowledge[adviceId], next);

    private bool LeftOut(AdviceEntry entry, DialogState next) =>
        entry.Position.Conflicts(next.RuledOut) is { Count: > 0 } conflicts && !composer.HasVersionWithout(entry, conflicts);

    /// <summary>The message is one of advice's follow-ups ("something else", "how do I do it?").</summary>
    public bool IsFollowUp(string key) => followUps.Read(key) != FollowUp.None;

    /// <summary>The follow-up this message asks for, or null when it is not one and reads as a new message.</summary>
    public TurnResult? Continue(DialogState next, string key, TurnDecision decision)
    {
        var followUp = followUps.Read(key);
        if (followUp == FollowUp.None || next.AdviceId is null)
        {
            return null;
        }

        var current = knowledge[next.AdviceId];
        // "Il dead bug come si fa?" with the desk setup on screen: the steps of the move the message names.
        if (followUp == FollowUp.HowTo && decision.Advice is { Outcome: MatchOutcome.Matched, Best: { } named } && named.AdviceId != current.Id
            && named.Score >= NamedMoveScore)
        {
            current = knowledge[named.AdviceId];
            next = next.OnScreen(current.Id);
        }

        return followUp switch
        {
            FollowUp.HowTo => HowTo(next, current, decision),
            FollowUp.NextStretch => NextStretch(next, current, decision),
            // "and the other one you mentioned?": the advice shown before this one, or the next one when there is none.
            FollowUp.Previous => next.Shown.LastOrDefault(id => id != current.Id) is { } before
                ? Give(next, knowledge[before], null, null, decision)
                : NextStretch(next, current, decision),
            _ => Give(next, knowledge[AdviceIds.WhySittingHurts], null, null, decision),
        };
    }

    /// <summary>
    /// A question about the advice just shown ("how long do I hold it?"), answered from that advice; null when the
    /// decision withholds it (an exercise for someone sent to a doctor), so the decision speaks instead.
    /// </summary>
    public TurnResult? AboutShown(DialogState next, string adviceId, Talk talk, TurnDecision decision)
    {
        var entry = knowledge[adviceId];
        if (!AdviceSafety.Allows(entry, decision))
        {
            return null;
        }

        // Within the routine the answer keeps its place, so "next" goes on from the same stretch.
        if (next.Dialog == DialogIds.Routine)
        {
            var inRoutine = composer.AboutAdvice(entry, talk, composer.RoutineActions(next.RoutineStep), decision.Pregnant);
            return new TurnResult(DialogIds.Routine, next, [inRoutine]);
        }

        // "easier one?" again after the easier version: it is the gentlest there is, not the same paragraph again.
        if (talk == Talk.Easier && next.VersionShown && next.AdviceId == adviceId && next.Dialog == DialogIds.Advice)
        {
            return new TurnResult(DialogIds.Advice, next, [composer.EasierAgain(entry, FollowUpsFor(entry, next.Shown, decision, FollowUp.HowTo))]);
        }

        var reply = composer.AboutAdvice(entry, talk, FollowUpsFor(entry, next.Shown, decision, FollowUp.None), decision.Pregnant);
        var version = talk == Talk.Easier && composer.HasOwnAnswer(adviceId, Talk.Easier);
        return new TurnResult(DialogIds.Advice, next with { Dialog = DialogIds.Advice, AdviceId = adviceId, VersionShown = version }, [reply]);
    }

    /// <summary>
    /// "Show me", "is there a video?": the picture of the advice the person is looking at, the routine's stretch or
    /// the advice just shown, with its steps; the decision instead when it withholds that advice.
    /// </summary>
    /// <param name="state">The state before this message: what was on screen.</param>
    public TurnResult ShowPicture(DialogState next, DialogState state, bool videoAsked, TurnDecision decision)
    {
        ArgumentNullException.ThrowIfNull(state);
        var routineStep = state.Dialog == DialogIds.Routine ? state.RoutineStep : null;
        var adviceId = routineStep is { } step ? composer.RoutineStepAdvice(step) : state.AdviceId;
        if (adviceId is null)
        {
            return new TurnResult(DialogIds.Advice, next, [composer.NothingToShow()]);
        }

        var entry = knowledge[adviceId];
        if (!AdviceSafety.Allows(entry, decision))
        {
            return Withheld(next, decision);
        }

        // "Show me" after the version without kneeling, or with kneeling ruled out: no picture of that version exists.
        // A move with no such version is shown as it is: the person asked to see it.
        var conflicts = entry.Position.Conflicts(next.RuledOut);
        if (conflicts.Count > 0 && composer.HasVersionWithout(entry, conflicts))
        {
            var suggestions = routineStep is { } at ? composer.RoutineActions(at) : composer.Labels(FollowUpsFor(entry, next.Shown, decision, FollowUp.HowTo));
            return new TurnResult(routineStep is null ? DialogIds.Advice : DialogIds.Routine, next, [composer.VersionInWords(entry, suggestions)]);
        }

        if (routineStep is null && state.VersionShown && state.Dialog == DialogIds.Advice)
        {
            return new TurnResult(DialogIds.Advice, next, [composer.VersionInWords(entry, FollowUpsFor(entry, next.Shown, decision, FollowUp.HowTo))]);
        }

        // In the routine the picture keeps its Next, Skip and Stop; after advice, its follow-ups but "how do I do
        // it?", which the picture's steps have answered.
        var reply = routineStep is { } index
            ? composer.Picture(entry, videoAsked, []) with { Suggestions = composer.RoutineActions(index) }
            : composer.Picture(entry, videoAsked, FollowUpsFor(entry, next.Shown, decision, FollowUp.HowTo));
        return new TurnResult(routineStep is null ? DialogIds.Advice : DialogIds.Routine, next, [reply]);
    }

    /// <summary>The follow-ups worth offering after <paramref name="entry"/>, leaving out <paramref name="answered"/>.</summary>
    public List<FollowUp> FollowUpsFor(AdviceEntry entry, IReadOnlyList<string> shown, TurnDecision decision, FollowUp answered)
    {
        var offered = new List<FollowUp>(3);
        if (answered != FollowUp.HowTo && entry.Kind != AdviceKind.Explanation && AdviceSafety.Allows(entry, decision))
        {
            offered.Add(FollowUp.HowTo);
        }

        if (entry.Related.Any(id => !shown.Contains(id) && AdviceSafety.Allows(knowledge[id], decision)))
        {
            offered.Add(FollowUp.NextStretch);
        }

        if (!shown.Contains(AdviceIds.WhySittingHurts))
        {
            offered.Add(FollowUp.WhySitting);
        }

        return offered;
    }

    /// <summary>
    /// The advice on screen asked for again in other words ("how do I do downward dog?" under the yoga card): its
    /// steps, which say more than the same card word for word would.
    /// </summary>
    public TurnResult StepsOfShown(DialogState next, TurnDecision decision)
    {
        var entry = knowledge[next.AdviceId!];
        var again = next with { Dialog = DialogIds.Advice, AskedAgain = next.AskedAgain + 1 };
        return next.AskedAgain switch
        {
            0 => HowTo(again, entry, decision),
            // Asked again after its steps: why it helps, then a pointer to it, never the same card word for word.
            1 => AboutShown(again, entry.Id, Talk.WhyThis, decision) ?? Withheld(next, decision),
            _ => AdviceSafety.Allows(entry, decision)
                ? new TurnResult(DialogIds.Advice, again, [composer.OnScreen(entry, FollowUpsFor(entry, next.Shown, decision, FollowUp.HowTo))])
                : Withheld(next, decision),
        };
    }

    /// <summary>Two pieces of advice asked about together: both, after a line saying the article does not rank them.</summary>
    public TurnResult Compare(DialogState next, AdviceEntry first, AdviceEntry second, TurnDecision decision)
    {
        if (!AdviceSafety.Allows(first, decision) || !AdviceSafety.Allows(second, decision))
        {
            return Withheld(next, decision);
        }

        var (shownFirst, firstReply) = Show(next, first, null, null, decision, withFollowUps: false);
        var (state, secondReply) = Show(shownFirst, second, null, null, decision, withFollowUps: true);
        return new TurnResult(DialogIds.Advice, state with { Dialog = DialogIds.Advice }, [composer.Comparison(), firstReply, secondReply]);
    }

    /// <summary>
    /// "the glute massage one sounds nice. how": a message that names advice and ends on a how-to gets that advice's
    /// steps at once; null when it does not end on one or names nothing.
    /// </summary>
    public TurnResult? HowToOfNamed(DialogState next, string key, TurnDecision decision)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(decision);
        var words = key.Split(' ');
        if (words.Length < 3 || decision.Advice is not { Outcome: MatchOutcome.Matched, Best: { } named } || named.Score < NamedMoveScore)
        {
            return null;
        }

        var ending = string.Join(' ', words[^Math.Min(3, words.Length)..]);
        var endsOnHow = words[^1] == "how" || followUps.Read(ending) == FollowUp.HowTo || followUps.Read(string.Join(' ', words[^2..])) == FollowUp.HowTo;
        if (!endsOnHow)
        {
            return null;
        }

        return HowTo(next.OnScreen(named.AdviceId), knowledge[named.AdviceId], decision);
    }

    private TurnResult HowTo(DialogState next, AdviceEntry current, TurnDecision decision)
    {
        if (!AdviceSafety.Allows(current, decision))
        {
            return Withheld(next, decision);
        }

        var offered = FollowUpsFor(current, next.Shown, decision, FollowUp.HowTo);
        // With a position ruled out, its steps are the version without it, all in one paragraph.
        var steps = current.Position.Conflicts(next.RuledOut) is { Count: > 0 } conflicts
            ? composer.Without(current, conflicts, offered, decision.Pregnant)
            : composer.HowTo(current, offered);
        return new TurnResult(DialogIds.Advice, next with { AskedAgain = Math.Max(next.AskedAgain, 1) }, [steps]);
    }

    private TurnResult NextStretch(DialogState next, AdviceEntry current, TurnDecision decision)
    {
        // "she hates yoga": the next one is never advice the person just turned down.
        var unseen = current.Related.Where(id => !next.Shown.Contains(id) && !decision.Asked.Declined.Contains(id) && !next.Declined.Contains(id)
            && !LeftOut(knowledge[id], next)).ToList();
        if (unseen.Count == 0)
        {
            var offered = FollowUpsFor(current, next.Shown, decision, FollowUp.HowTo);
            return new TurnResult(DialogIds.Advice, next, [composer.NoMoreRelated(offered)]);
        }

        var allowed = unseen.Find(id => AdviceSafety.Allows(knowledge[id], decision));
        return allowed is null ? Withheld(next, decision) : Give(next, knowledge[allowed], null, null, decision);
    }

    /// <summary>An exercise asked for by someone sent to a doctor: the decision again, instead of the exercise.</summary>
    private TurnResult Withheld(DialogState next, TurnDecision decision) =>
        new(DialogIds.Triage, next.EndDialog(), [composer.Triage(decision.Triage, [])]);
}
