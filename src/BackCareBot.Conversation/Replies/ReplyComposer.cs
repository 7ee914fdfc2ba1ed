using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Triage;
using BackCareBot.BackCare.Triage.Rules;
using BackCareBot.Conversation.Dialogs.Recognition;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Conversation.Replies;

/// <summary>
/// Words every reply of the dialogs from <c>replies.yaml</c> and the knowledge, as a channel-neutral
/// <see cref="BotReply"/>: its text, its suggested next messages, the decisions it carries, and whether it asks.
/// </summary>
public sealed class ReplyComposer(KnowledgeBase knowledge, ReplyWording wording)
{
    private readonly TriageText _triage = new(wording);

    public BotReply Welcome() => Say(TextParts.Paragraphs(wording.Welcome, wording.Disclaimer), wording.Actions.WhySitting, wording.Actions.Help);

    public BotReply Help() => Say(wording.Help, wording.Actions.WhySitting);

    public BotReply StartedOver() => Say(wording.StartedOver, wording.Actions.WhySitting, wording.Actions.Help);

    public BotReply Forgotten() => Say(wording.Forgotten);

    public BotReply EmptyMessage() => Say(wording.EmptyMessage, wording.Actions.Help);

    /// <param name="again">The last reply was the fallback too: said in other words.</param>
    public BotReply Fallback(bool again = false) => Say(again ? wording.FallbackAgain : wording.Fallback, Topics());

    /// <summary>Thanks, ok, bye, who are you: a short answer and topics to tap.</summary>
    public BotReply SmallTalk(Talk talk) => Say(wording.Talk[TalkReader.KeyOf(talk)], Topics());

    /// <summary>
    /// A question after a decision, answered on its own ("is it serious?"), with the other questions to tap. Thanks
    /// and goodbyes get their small-talk answer, with the decision's one line where it is urgent enough to repeat.
    /// </summary>
    public BotReply AfterDecision(Talk talk, TriageLevel level)
    {
        var key = TalkReader.KeyOf(talk);
        var text = wording.AfterDecision.GetValueOrDefault($"{key}.{level.ToWireName()}") ?? wording.AfterDecision.GetValueOrDefault(key)
            ?? wording.Talk.GetValueOrDefault(key) ?? wording.ToldBefore[level.ToWireName()];
        return Say(text, DecisionActions(level, talk));
    }

    /// <summary>Step <paramref name="index"/> of the guided routine: its heading, how to do it, Next, Skip and Stop.</summary>
    public BotReply RoutineStep(int index, bool pregnancyCaution)
    {
        var routine = wording.Routine;
        var entry = knowledge[routine.Steps[index]];
        var heading = routine.Heading
            .Replace("{n}", (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{total}", routine.Steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{title}", entry.Title, StringComparison.Ordinal)
            .Replace("{hold}", entry.Hold ?? wording.HowTo.NotSaid, StringComparison.Ordinal);
        var text = TextParts.Paragraphs(pregnancyCaution ? wording.PregnancyCaution : null, heading, AdviceFormatting.HowTo(entry, wording.HowTo));
        var last = index == routine.Steps.Count - 1;
        return new BotReply(text, last ? [routine.Next, routine.Stop] : [routine.Next, routine.Skip, routine.Stop], null, new AdviceDecision(entry.Id, null), ExpectingInput: false);
    }

    public int RoutineLength => wording.Routine.Steps.Count;

    public BotReply RoutineDone() => Say(wording.Routine.Done, Topics());

    public BotReply RoutineStopped(int index) =>
        Say(wording.Routine.Stopped
            .Replace("{n}", (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{total}", wording.Routine.Steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            Topics());

    /// <summary>A question about the advice just shown (how long to hold it, how often, how many, is it safe).</summary>
    public BotReply AboutAdvice(AdviceEntry entry, Talk talk, IReadOnlyList<FollowUp> followUps)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // An easier version is worded per advice ("easier.hamstring-stretch"); the rest from the advice's own facts.
        var key = TalkReader.KeyOf(talk);
        var text = (wording.AboutAdvice.GetValueOrDefault($"{key}.{entry.Id}") ?? wording.AboutAdvice[key])
            .Replace("{title}", entry.Title, StringComparison.Ordinal)
            .Replace("{hold}", entry.Hold ?? wording.HowTo.NotSaid, StringComparison.Ordinal)
            .Replace("{frequency}", entry.Frequency ?? wording.HowTo.NotSaid, StringComparison.Ordinal);
        return new BotReply(text, Labels(followUps), null, new AdviceDecision(entry.Id, null), ExpectingInput: false);
    }

    /// <summary>A decision already told, in one short line, with the questions people ask after it.</summary>
    public BotReply ToldBefore(TriageAssessment triage) =>
        new(wording.ToldBefore[triage.Level!.Value.ToWireName()], DecisionActions(triage.Level.Value, Talk.None), triage, null, ExpectingInput: false);

    /// <summary>A triage decision on its own, with follow-ups of earlier advice where they still apply, or the questions people ask after it.</summary>
    public BotReply Triage(TriageAssessment triage, IReadOnlyList<FollowUp> followUps) =>
        new(
            _triage.For(triage),
            followUps.Count > 0 || triage.Level is not { } level ? Labels(followUps) : DecisionActions(level, Talk.None),
            triage,
            null,
            ExpectingInput: false);

    /// <param name="score">How well it fitted the question; null for advice the person reached by a follow-up.</param>
    /// <param name="announce">A triage decision to tell before the advice.</param>
    /// <param name="pregnancyCaution">The person is pregnant and this is an exercise: the caution comes first.</param>
    public BotReply Advice(
        AdviceEntry entry, double? score, TriageAssessment? announce, IReadOnlyList<FollowUp> followUps, bool pregnancyCaution = false)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = TextParts.Paragraphs(
            announce is null ? null : _triage.For(announce),
            pregnancyCaution ? wording.PregnancyCaution : null,
            AdviceFormatting.Summary(entry),
            AdviceFormatting.Attribution(entry, wording.Attribution));
        return new BotReply(text, Labels(followUps), announce, new AdviceDecision(entry.Id, score), ExpectingInput: false);
    }

    /// <summary>Crisis lines, and nothing else; briefer when the person has heard them in this conversation.</summary>
    public BotReply Crisis(TriageAssessment triage, bool toldBefore) =>
        new(toldBefore ? wording.CrisisAgain : wording.Crisis, [], triage, null, ExpectingInput: false);

    /// <summary>One question about a possible warning sign, with its answers as quick replies.</summary>
    public BotReply Screening(ScreeningRule concept, bool again)
    {
        ArgumentNullException.ThrowIfNull(concept);
        var text = TextParts.Paragraphs(again ? wording.Questions.ScreeningAgain : null, concept.Question);
        return new BotReply(text, [.. concept.YesAnswers, concept.NoAnswer], null, null, ExpectingInput: true);
    }

    /// <summary>Another body part: what the bot covers, with a few of its topics to tap.</summary>
    public BotReply OutOfScope() => Say(wording.OutOfScope, Topics());

    public BotReply HowTo(AdviceEntry entry, IReadOnlyList<FollowUp> followUps)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = AdviceFormatting.HowTo(entry, wording.HowTo);
        return new BotReply(text, Labels(followUps), null, new AdviceDecision(entry.Id, null), ExpectingInput: false);
    }

    public BotReply NoMoreRelated(IReadOnlyList<FollowUp> followUps) =>
        new(wording.NoMoreRelated, [.. Labels(followUps), wording.Actions.Help], null, null, ExpectingInput: false);

    public BotReply Choices(IReadOnlyList<AdviceEntry> candidates, TriageAssessment? announce)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var text = TextParts.Paragraphs(announce is null ? null : _triage.For(announce), wording.Questions.WhichAdvice);
        return new BotReply(text, [.. candidates.Select(entry => entry.Title), wording.Actions.NoneOfThese], announce, null, ExpectingInput: true);
    }

    /// <param name="question">The fact asked for: duration or sharpness.</param>
    /// <param name="again">The last answer did not answer it.</param>
    /// <param name="caution">An exercise came just before: say what to do until the answer is known.</param>
    public BotReply Question(MissingPainFacts question, bool again, bool caution)
    {
        var asked = (question, again) switch
        {
            (MissingPainFacts.Duration, false) => wording.Questions.Duration,
            (MissingPainFacts.Duration, true) => wording.Questions.DurationAgain,
            (_, false) => wording.Questions.Sharpness,
            _ => wording.Questions.SharpnessAgain,
        };
        IReadOnlyList<string> answers = question == MissingPainFacts.Sharpness
            ? [wording.Actions.SharpAnswer, wording.Actions.DullAnswer]
            : wording.Actions.DurationAnswers;
        return new BotReply(TextParts.Paragraphs(caution ? wording.Questions.BeforeYouTry : null, asked), answers, null, null, ExpectingInput: true);
    }

    private List<string> Topics() =>
        [.. wording.Topics.Where(id => knowledge.TryGet(id, out _)).Select(id => knowledge[id].Title), wording.Actions.Help];

    /// <summary>What people ask after a decision, leaving out what they just asked.</summary>
    private List<string> DecisionActions(TriageLevel level, Talk asked)
    {
        var actions = level >= TriageLevel.Urgent
            ? new List<(Talk, string)> { (Talk.WhereToGo, wording.Actions.WhereToGo), (Talk.IsItSerious, wording.Actions.IsItSerious) }
            : [(Talk.Meanwhile, wording.Actions.Meanwhile), (Talk.WhichProfessional, wording.Actions.WhichProfessional), (Talk.IsItSerious, wording.Actions.IsItSerious)];
        return [.. actions.Where(action => action.Item1 != asked).Select(action => action.Item2)];
    }

    private List<string> Labels(IReadOnlyList<FollowUp> followUps) =>
    [
        .. followUps.Select(followUp => followUp switch
        {
            FollowUp.HowTo => wording.Actions.HowTo,
            FollowUp.NextStretch => wording.Actions.NextStretch,
            _ => wording.Actions.WhySitting,
        }),
    ];

    private static BotReply Say(string text, params IReadOnlyList<string> suggestions) =>
        new(text, suggestions, null, null, ExpectingInput: false);
}
