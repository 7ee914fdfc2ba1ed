using BackCareBot.BackCare.Illustrations;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Triage;
using BackCareBot.BackCare.Triage.Rules;
using BackCareBot.Conversation.Dialogs.Recognition;
using BackCareBot.Conversation.State;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Conversation.Replies;

/// <summary>
/// Words every reply of the dialogs from <c>replies.yaml</c> and the knowledge, as a channel-neutral
/// <see cref="BotReply"/>: its text, its suggested next messages, the decisions it carries, and whether it asks; a
/// card where one helps (advice with its picture, an emergency, a crisis), and the wording for a conversation others
/// read where the text repeats something private.
/// </summary>
public sealed partial class ReplyComposer(KnowledgeBase knowledge, ReplyWording wording, AdvicePictures pictures)
{
    /// <summary>A first sentence shorter than this is a heading, not the gist of an answer said again.</summary>
    private const int GistMinLength = 60;

    private readonly TriageText _triage = new(wording);
    private readonly ReplyCards _cards = new(pictures, wording);

    /// <summary>The article's terms, each with its spellings as phrase keys, longest first (" neutral spine " before " spine ").</summary>
    private readonly (string[] Spellings, string Definition)[] terms = [.. wording.Terms
        .Select(entry => (Spellings: entry.Key.Split('|').Select(spelling => $" {BackCare.Text.PhraseKey.Words(spelling)} ").ToArray(), Definition: entry.Value))
        .OrderByDescending(entry => entry.Spellings.Max(spelling => spelling.Length))];

    public BotReply Welcome() => Say(TextParts.Paragraphs(wording.Welcome, wording.Disclaimer), wording.Actions.WhySitting, wording.Actions.Help);

    public BotReply Help() => Say(wording.Help, wording.Actions.WhySitting);

    /// <summary>The <c>talk</c> wording said after help when crisis lines were given in this conversation.</summary>
    public const string StillHereKey = "still-here";

    /// <summary>The <c>talk</c> wording said beside an exercise once a back condition or surgery was said.</summary>
    public const string CheckFirstKey = "check-first";

    /// <summary>"had a microdiscectomy 3 weeks ago", then "even the hamstring one?": the check, beside the exercise.</summary>
    public BotReply CheckFirst() => Say(wording.Talk[CheckFirstKey]);

    /// <summary>The pregnancy caution on its own, before a list of moves that came without it.</summary>
    public BotReply PregnancyCautionFirst() => Private(Say(wording.PregnancyCaution), Say(wording.Shared.PregnancyCaution));

    /// <summary>The reply already says the pregnancy caution (an exercise card or routine step shown in a pregnancy).</summary>
    public bool SaysPregnancyCaution(BotReply reply) =>
        reply.Text.Contains(wording.PregnancyCaution, StringComparison.Ordinal)
        || reply.ForSharedConversation?.Text.Contains(wording.Shared.PregnancyCaution, StringComparison.Ordinal) == true;

    /// <summary>The reply shows an exercise (not a desk set-up or an explanation).</summary>
    public bool ShowsAnExercise(BotReply reply) =>
        reply.Advice is { } shown && knowledge.TryGet(shown.Id, out var entry) && entry.Kind == AdviceKind.Exercise;

    /// <summary>The crisis lines kept close, before an exercise shown just after the person said they were safe.</summary>
    public BotReply CrisisCheckIn() => new(wording.CrisisCheckIn, [], null, null, ExpectingInput: false);

    /// <summary>"of boredom 😂" after "I think I'm going to die": glad it was a figure of speech, with the lines.</summary>
    public BotReply CrisisLaughedOff() => new(wording.CrisisLaughedOff, [], null, null, ExpectingInput: false);

    /// <summary>"and me? my back's stiff" while the ambulance for someone else is on its way: theirs first, yours after.</summary>
    public BotReply OwnBackLater(TriageAssessment triage) => new(wording.OwnBackLater, DecisionActions(triage.Level!.Value, Talk.None), triage, null, ExpectingInput: false);

    /// <summary>"Can we just talk about my back" after crisis lines: of course, what to ask, and the lines kept close.</summary>
    public BotReply HelpAfterCrisis() => Say(TextParts.Paragraphs(wording.Help, wording.Talk[StillHereKey]), wording.Actions.WhySitting);

    public BotReply StartedOver() => Say(wording.StartedOver, wording.Actions.WhySitting, wording.Actions.Help);

    /// <summary>In a conversation others read, only the person's own state was deleted, and the reply says so.</summary>
    public BotReply Forgotten() => Say(wording.Forgotten) with { ForSharedConversation = Say(wording.Shared.Forgotten) };

    public BotReply EmptyMessage() => Say(wording.EmptyMessage, wording.Actions.Help);

    /// <summary>A screening question answered "no" with nothing asked before it: heard, and the topics to go on with.</summary>
    public BotReply ScreeningCleared() => Say(wording.Questions.ScreeningCleared, Topics());

    /// <param name="again">The last reply was the fallback too: said in other words.</param>
    public BotReply Fallback(bool again = false) => Say(again ? wording.FallbackAgain : wording.Fallback, Topics());

    /// <summary>Thanks, ok, bye, who are you: a short answer and topics to tap.</summary>
    /// <summary>The question has an answer that stands without a decision ("what do I tell the doctor?").</summary>
    public bool HasGeneralAnswer(Talk talk)
    {
        var key = TalkReader.KeyOf(talk);
        return wording.Talk.ContainsKey(key) || wording.AfterDecision.ContainsKey(key);
    }

    /// <summary>"what does down-regulate mean?": the article's word the message names, in plain words, or null.</summary>
    /// <param name="key">The message as a <see cref="PhraseKey"/>.</param>
    public BotReply? Term(string key)
    {
        var padded = $" {key} ";
        foreach (var (spellings, definition) in terms)
        {
            if (spellings.Any(spelling => padded.Contains(spelling, StringComparison.Ordinal)))
            {
                return Say(definition, Topics());
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the answer to this talk names one of the article's moves ("the hamstring stretch fits between
    /// meetings"): its advice is an exercise, or it is about choosing or timing them.
    /// </summary>
    public bool TalkNamesExercise(Talk talk) =>
        talk is Talk.BestOne or Talk.RoutineTime or Talk.WhenToDo or Talk.HoldTime or Talk.HowOften or Talk.HowMany or Talk.KeepGoing or Talk.StillStiff
        || (TalkReader.KeyOrNull(talk) is { } key && wording.TalkAdvice.TryGetValue(key, out var id) && knowledge.TryGet(id, out var entry)
            && entry.Kind == BackCare.Knowledge.AdviceKind.Exercise);

    public BotReply SmallTalk(Talk talk)
    {
        // A question that also follows decisions ("ibuprofen?") has its general answer among those.
        var key = TalkReader.KeyOf(talk);
        return WithTalkAdvice(Say(wording.Talk.GetValueOrDefault(key) ?? wording.AfterDecision[key], Topics()), key);
    }

    /// <summary>The reply with the advice entity of the article item its answer gives (<c>talkAdvice</c>), where it has one.</summary>
    private BotReply WithTalkAdvice(BotReply reply, string key) =>
        wording.TalkAdvice.TryGetValue(key, out var id) && knowledge.TryGet(id, out _)
            ? reply with { Advice = new AdviceDecision(id, null) }
            : reply;

    /// <summary>
    /// A question after a decision, answered on its own ("is it serious?"), with the other questions to tap. Thanks
    /// and goodbyes get their small-talk answer, with the decision's one line where it is urgent enough to repeat.
    /// </summary>
    /// <param name="reasons">The decision's reasons: a pregnancy warning sign is worded for the maternity unit.</param>
    /// <param name="help">Where help stands for this emergency ("we called 911"): answers for waiting for it, or having it, come first.</param>
    public BotReply AfterDecision(Talk talk, TriageLevel level, IReadOnlyList<string>? reasons = null, HelpStatus help = HelpStatus.None)
    {
        var key = TalkReader.KeyOf(talk);
        // The maternity unit is the route for an urgent pregnancy sign only; heavy bleeding is an emergency.
        var pregnancy = IsPregnancySign(reasons) && level == TriageLevel.Urgent;
        // Waiting for help first, then a reason's own answer ("where should I go?" when a warning sign could not be
        // ruled out), then the pregnancy's or the level's; an urgent pregnancy sign never takes "see a doctor today".
        var specific = (HelpKey(level, help) is { } helpKey ? wording.AfterDecision.GetValueOrDefault($"{key}.{helpKey}") : null)
            ?? reasons?.Select(reason => wording.AfterDecision.GetValueOrDefault($"{key}.{reason}")).FirstOrDefault(text => text is not null)
            ?? (pregnancy ? wording.AfterDecision.GetValueOrDefault($"{key}.{PregnancyKey}") : wording.AfterDecision.GetValueOrDefault($"{key}.{level.ToWireName()}"));
        var general = wording.AfterDecision.GetValueOrDefault(key) ?? wording.Talk.GetValueOrDefault(key);
        // A general answer under an emergency or a same-day decision never stands alone: the route follows it.
        var text = specific
            ?? (general is null ? ToldBeforeText(level, reasons, help: help)
                : level is TriageLevel.Emergency or TriageLevel.Urgent ? TextParts.Paragraphs(general, ToldBeforeText(level, reasons, help: help))
                : general);
        // The decision still stands and this reply keeps to it (an exercise asked for is withheld): it carries it.
        var standing = new TriageAssessment(TriageStatus.Decided, level, reasons ?? [], MissingPainFacts.None);
        return Say(text, DecisionActions(level, talk)) with { Card = EmergencyCard(level, text), Triage = standing };
    }

    /// <summary>Step <paramref name="index"/> of the guided routine: its heading, how to do it, its picture, Next, Skip and Stop.</summary>
    /// <param name="ruledOut">Positions the person can't take: a step that needs one is its version without it.</param>
    public BotReply RoutineStep(int index, bool pregnancyCaution, IReadOnlyList<string>? ruledOut = null)
    {
        var routine = wording.Routine;
        var entry = knowledge[routine.Steps[index]];
        string Heading(string template) => template
            .Replace("{n}", (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{total}", routine.Steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{title}", entry.Title, StringComparison.Ordinal)
            .Replace("{hold}", entry.Hold ?? wording.HowTo.NotSaid, StringComparison.Ordinal);
        if (entry.Position.Conflicts(ruledOut ?? []) is { Count: > 0 } conflicts)
        {
            // No picture: it shows the article's position, the one the person can't take. The short heading: the
            // version says its own hold.
            var without = Without(entry, conflicts, RoutineActions(index), pregnancyCaution, lead: true);
            return Prefixed(without, Heading(routine.CardHeading));
        }

        var howTo = AdviceFormatting.HowToParagraphs(entry, wording.HowTo);
        BotReply Compose(string? caution) => new(
            TextParts.Paragraphs([caution, Heading(routine.Heading), .. howTo]),
            RoutineActions(index),
            null,
            new AdviceDecision(entry.Id, null),
            ExpectingInput: false)
        {
            // The heading already names the stretch: the card goes straight from the picture to the steps.
            Card = _cards.Advice(entry, Heading(routine.CardHeading), [caution, .. howTo.Skip(1)]),
        };

        return pregnancyCaution ? Private(Compose(PregnancyCaution(entry)), Compose(wording.Shared.PregnancyCaution)) : Compose(null);
    }

    public int RoutineLength => wording.Routine.Steps.Count;

    /// <summary>The advice id of the routine's step <paramref name="step"/>, or null.</summary>
    public string? RoutineAdvice(int? step) =>
        step is >= 0 && step < wording.Routine.Steps.Count ? wording.Routine.Steps[step.Value] : null;

    /// <summary>The advice id of the routine's step <paramref name="index"/>.</summary>
    public string RoutineStepAdvice(int index) => wording.Routine.Steps[index];

    /// <summary>Next, Skip and Stop; the last step has nothing to skip to.</summary>
    public IReadOnlyList<string> RoutineActions(int index)
    {
        var routine = wording.Routine;
        return index == routine.Steps.Count - 1 ? [routine.Next, routine.Stop] : [routine.Next, routine.Skip, routine.Stop];
    }

    public BotReply RoutineDone() => Say(wording.Routine.Done, Topics());

    public BotReply RoutineStopped(int index) =>
        Say(wording.Routine.Stopped
            .Replace("{n}", (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{total}", wording.Routine.Steps.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            Topics());

    /// <summary>A question about the advice just shown (how long to hold it, how often, how many, is it safe).</summary>
    /// <summary>The wording has a version of the advice for <paramref name="talk"/> of its own ("easier.hamstring-stretch": seated).</summary>
    public bool HasOwnAnswer(string adviceId, Talk talk) => wording.AboutAdvice.ContainsKey($"{TalkReader.KeyOf(talk)}.{adviceId}");

    public BotReply AboutAdvice(AdviceEntry entry, Talk talk, IReadOnlyList<FollowUp> followUps, bool pregnant = false) =>
        AboutAdvice(entry, talk, Labels(followUps), pregnant);

    /// <summary>The <c>aboutAdvice</c> wording that points at the advice on screen when it is asked for a third time.</summary>
    public const string OnScreenKey = "on-screen";

    /// <summary>The advice on screen asked for again once its steps and its why were given: a pointer to it.</summary>
    public BotReply OnScreen(AdviceEntry entry, IReadOnlyList<FollowUp> followUps)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = wording.AboutAdvice[OnScreenKey].Replace("{title}", entry.Title, StringComparison.Ordinal);
        return new BotReply(text, Labels(followUps), null, new AdviceDecision(entry.Id, null), ExpectingInput: false);
    }

    /// <summary>"who said that again?" under a piece of advice: its expert, or the reader whose tip it is.</summary>
    public BotReply WhoSaid(string adviceId)
    {
        var entry = knowledge[adviceId];
        var text = $"**{entry.Title}**: {AdviceFormatting.Attribution(entry, wording.Attribution)}";
        return new BotReply(text, Topics(), null, new AdviceDecision(entry.Id, null), ExpectingInput: false);
    }

    /// <param name="suggestions">The quick replies to offer with the answer (the routine's Next, Skip, Stop).</param>
    /// <param name="pregnant">The person (or whoever they ask for) is pregnant: an exercise's answer opens with the caution.</param>
    public BotReply AboutAdvice(AdviceEntry entry, Talk talk, IReadOnlyList<string> suggestions, bool pregnant = false)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // An easier version is worded per advice ("easier.hamstring-stretch"); the rest from the advice's own facts.
        var key = TalkReader.KeyOf(talk);
        var text = (wording.AboutAdvice.GetValueOrDefault($"{key}.{entry.Id}") ?? wording.AboutAdvice[key])
            .Replace("{title}", entry.Title, StringComparison.Ordinal)
            .Replace("{hold}", entry.Hold ?? wording.HowTo.NotSaid, StringComparison.Ordinal)
            .Replace("{frequency}", entry.Frequency ?? wording.HowTo.NotSaid, StringComparison.Ordinal)
            .Replace("{why}", entry.Why, StringComparison.Ordinal);
        BotReply Compose(string? caution) =>
            new(TextParts.Paragraphs(caution, text), suggestions, null, new AdviceDecision(entry.Id, null), ExpectingInput: false);

        // In a group chat the caution does not say who is pregnant, as before any exercise.
        return pregnant && entry.Kind == BackCare.Knowledge.AdviceKind.Exercise
            ? Private(Compose(PregnancyCaution(entry)), Compose(wording.Shared.PregnancyCaution))
            : Compose(null);
    }

    /// <summary>
    /// The pregnancy caution before an exercise, with what it means for this one where the wording says
    /// (<c>aboutAdvice.pregnant.&lt;id&gt;</c>: the dead bug is done lying on the back).
    /// </summary>
    private string PregnancyCaution(AdviceEntry entry) =>
        wording.AboutAdvice.GetValueOrDefault($"pregnant.{entry.Id}") is { } own ? $"{wording.PregnancyCaution} {own}" : wording.PregnancyCaution;

    /// <summary>The routine's quick replies at step <paramref name="step"/>: Next, Skip (not on the last) and Stop.</summary>
    public IReadOnlyList<string> RoutineActions(int? step)
    {
        var routine = wording.Routine;
        return step == routine.Steps.Count - 1 ? [routine.Next, routine.Stop] : [routine.Next, routine.Skip, routine.Stop];
    }

    /// <summary>
    /// "Show me", "is there a video?": the picture of the advice just shown, with its steps. Where no picture can be
    /// shown the text describes it (its alt text); there is no video, and the reply says so.
    /// </summary>
    public BotReply Picture(AdviceEntry entry, bool videoAsked, IReadOnlyList<FollowUp> followUps)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (pictures.Find(entry.Id) is not { } picture)
        {
            return Say(wording.Pictures.NoPicture, Labels(followUps));
        }

        var noVideo = videoAsked ? wording.Pictures.NoVideo : null;
        var inWords = wording.Pictures.InWords.Replace("{title}", entry.Title, StringComparison.Ordinal).Replace("{alt}", picture.AltText, StringComparison.Ordinal);
        var howTo = AdviceFormatting.HowToParagraphs(entry, wording.HowTo);
        return new BotReply(TextParts.Paragraphs([noVideo, inWords, .. howTo.Skip(1)]), Labels(followUps), null, new AdviceDecision(entry.Id, null), ExpectingInput: false)
        {
            Card = _cards.Advice(entry, entry.Title, [noVideo, .. howTo.Skip(1)]),
        };
    }

    /// <summary>"Show me" with no advice shown yet: what to ask first, with topics to tap.</summary>
    public BotReply NothingToShow() => Say(wording.Pictures.NothingShown, Topics());

    /// <summary>
    /// "Show me" after the easier version of <paramref name="entry"/> was described ("standing, no kneeling"): there is
    /// no picture of that version, so it is said in words, not shown as the kneeling one.
    /// </summary>
    public BotReply VersionInWords(AdviceEntry entry, IReadOnlyList<FollowUp> followUps) => VersionInWords(entry, Labels(followUps));

    /// <param name="suggestions">The quick replies to offer with it (the routine's Next, Skip, Stop).</param>
    public BotReply VersionInWords(AdviceEntry entry, IReadOnlyList<string> suggestions)
    {
        var version = AboutAdvice(entry, Talk.Easier, suggestions);
        return version with { Text = TextParts.Paragraphs(wording.Pictures.NoPictureOfVersion, version.Text) };
    }

    // A pregnancy warning sign sends the person to their maternity unit, not to "a doctor today".
    private const string PregnancyKey = "pregnancy";

    private static bool IsPregnancySign(IReadOnlyList<string>? reasons) =>
        reasons?.Any(reason => reason.StartsWith("red-flag:pregnancy-", StringComparison.Ordinal)) == true;

    /// <summary>
    /// The wording key of an emergency whose help is on its way ("help-on-its-way") or here ("help-here"): its
    /// answers and reminders are for waiting, not for calling again. Null otherwise.
    /// </summary>
    private static string? HelpKey(TriageLevel level, HelpStatus help) => level != TriageLevel.Emergency ? null : help switch
    {
        HelpStatus.OnItsWay => "help-on-its-way",
        HelpStatus.Here => "help-here",
        _ => null,
    };

    /// <param name="told">How many times in a row the reminder has been said already: 0 first, then the other wordings in turn.</param>
    private string ToldBeforeText(TriageLevel level, IReadOnlyList<string>? reasons, int told = 0, HelpStatus help = HelpStatus.None)
    {
        var key = HelpKey(level, help) is { } helpKey && wording.ToldBefore.ContainsKey(helpKey) ? helpKey
            : IsPregnancySign(reasons) && level == TriageLevel.Urgent && wording.ToldBefore.ContainsKey(PregnancyKey)
            ? PregnancyKey
            : level.ToWireName();
        return told > 0 && wording.ToldBeforeAgain.GetValueOrDefault(key) is { Count: > 0 } again
            ? again[(told - 1) % again.Count]
            : wording.ToldBefore[key];
    }

    /// <summary>
    /// "what stretch can I do today?" under a doctor's or a same-day check already told: the stretch named, why it waits
    /// and what to do meanwhile, with the questions people ask after the decision. Null for other levels, whose
    /// one-line reminder answers it.
    /// </summary>
    /// <param name="asked">The stretch named, or null for stretches in general ("what stretch tho").</param>
    public BotReply? ExerciseWaits(TriageAssessment triage, AdviceEntry? asked)
    {
        ArgumentNullException.ThrowIfNull(triage);
        if (triage.Level is not { } level || IsPregnancySign(triage.Reasons) || !wording.ExerciseWaits.TryGetValue(level.ToWireName(), out var text))
        {
            return null;
        }

        var title = asked is null ? wording.ExerciseWaitsAny : $"the **{asked.Title}**";
        return new BotReply(text.Replace("{title}", title, StringComparison.Ordinal), DecisionActions(level, Talk.None), triage, null, ExpectingInput: false);
    }

    /// <summary><see cref="ExerciseWaits"/> asked again straight after: the same answer in other words.</summary>
    public BotReply? ExerciseWaitsAgain(TriageAssessment triage)
    {
        ArgumentNullException.ThrowIfNull(triage);
        return triage.Level is { } level && wording.ExerciseWaits.TryGetValue($"{level.ToWireName()}-again", out var text)
            ? new BotReply(text, DecisionActions(level, Talk.None), triage, null, ExpectingInput: false)
            : null;
    }

    /// <summary>A decision already told, in one short line, with the questions people ask after it.</summary>
    /// <param name="told">How many times in a row it has been said already (<see cref="BotReply.Reminder"/>).</param>
    /// <param name="help">Where help stands for this emergency: the reminder is for waiting for it, or having it.</param>
    public BotReply ToldBefore(TriageAssessment triage, int told = 0, HelpStatus help = HelpStatus.None)
    {
        var text = ToldBeforeText(triage.Level!.Value, triage.Reasons, told, help);
        return new BotReply(text, DecisionActions(triage.Level.Value, Talk.None), triage, null, ExpectingInput: false)
        {
            Card = EmergencyCard(triage.Level.Value, text),
            Reminder = true,
        };
    }

    /// <summary>
    /// "it started 4 days ago" or "it's a dull ache" under a decision it doesn't change: the detail heard, the decision
    /// kept, in words that differ from the reminder. The reminder where the level has no such wording (a pregnancy sign).
    /// </summary>
    public BotReply HeardNoChange(TriageAssessment triage)
    {
        ArgumentNullException.ThrowIfNull(triage);
        var level = triage.Level!.Value;
        if (IsPregnancySign(triage.Reasons) || wording.HeardNoChange.GetValueOrDefault(level.ToWireName()) is not { } text)
        {
            return ToldBefore(triage);
        }

        return new BotReply(text, DecisionActions(level, Talk.None), triage, null, ExpectingInput: false) { Card = EmergencyCard(level, text) };
    }

    /// <summary>A triage decision on its own, with follow-ups of earlier advice where they still apply, or the questions people ask after it.</summary>
    /// <param name="named">The warning signs to name back, as reasons: this message's; null for every sign of the decision.</param>
    public BotReply Triage(TriageAssessment triage, IReadOnlyList<FollowUp> followUps, IReadOnlyCollection<string>? named = null)
    {
        ArgumentNullException.ThrowIfNull(triage);
        var suggestions = followUps.Count > 0 || triage.Level is not { } level ? Labels(followUps) : DecisionActions(level, Talk.None);
        BotReply Compose(string text) => new(text, suggestions, triage, null, ExpectingInput: false)
        {
            Card = triage.Level is { } decided ? EmergencyCard(decided, text) : null,
            OffersOneToOne = triage.Level is not null,
        };

        var reply = Compose(_triage.For(triage, named));
        return triage.Level is null ? reply : Private(reply, Compose(_triage.ForSharedConversation(triage)));
    }

    /// <param name="score">How well it fitted the question; null for advice the person reached by a follow-up.</param>
    /// <param name="announce">A triage decision to tell before the advice.</param>
    /// <param name="pregnancyCaution">The person is pregnant and this is an exercise: the caution comes first.</param>
    public BotReply Advice(
        AdviceEntry entry, double? score, TriageAssessment? announce, IReadOnlyList<FollowUp> followUps, bool pregnancyCaution = false)
    {
        ArgumentNullException.ThrowIfNull(entry);
        BotReply Compose(string? decision, string? caution) => new(
            TextParts.Paragraphs(decision, caution, AdviceFormatting.Summary(entry), AdviceFormatting.Attribution(entry, wording.Attribution)),
            Labels(followUps),
            announce,
            new AdviceDecision(entry.Id, score),
            ExpectingInput: false)
        {
            Card = _cards.Advice(entry, entry.Title, decision, caution, entry.Answer, AdviceFormatting.Attribution(entry, wording.Attribution)),
            OffersOneToOne = decision is not null || caution is not null,
        };

        var reply = Compose(announce is null ? null : _triage.For(announce), pregnancyCaution ? PregnancyCaution(entry) : null);
        return announce is null && !pregnancyCaution
            ? reply
            : Private(reply, Compose(announce is null ? null : _triage.ForSharedConversation(announce), pregnancyCaution ? wording.Shared.PregnancyCaution : null));
    }

    /// <summary>
    /// The answer just given, asked for again in other words: its first sentence after a line that says so, without
    /// its card, and somewhere to go next.
    /// </summary>
    public BotReply SaidJustAbove(BotReply repeated)
    {
        ArgumentNullException.ThrowIfNull(repeated);
        var first = repeated.Text.Split("\n\n", 2)[0];
        // The gist: the first sentence, or the first two when the first is only a heading ("**Title**: no kneeling.").
        var end = first.IndexOf(". ", StringComparison.Ordinal);
        if (end is > 0 and < GistMinLength && first.IndexOf(". ", end + 2, StringComparison.Ordinal) is var second and > 0)
        {
            end = second;
        }

        var sentence = end > 0 ? first[..(end + 1)] : first;
        return repeated with
        {
            Text = TextParts.Paragraphs($"{wording.SaidJustAbove} {sentence}"),
            Suggestions = repeated.Suggestions.Count > 0 ? repeated.Suggestions : Topics(),
            Card = null,
            // In a group chat the gist comes from the words worded for it, so no health detail is repeated there.
            ForSharedConversation = repeated.ForSharedConversation is { } shared ? SaidJustAbove(shared) : null,
        };
    }

    /// <summary>Crisis lines, and nothing else; briefer when the person has heard them in this conversation.</summary>
    /// <param name="talk">What the person said besides ("are you a real person?"), answered with the lines after the first time.</param>
    public BotReply Crisis(TriageAssessment triage, bool toldBefore, Talk talk = Talk.None)
    {
        var text = !toldBefore ? wording.Crisis
            : talk != Talk.None && wording.CrisisFollowUps.GetValueOrDefault(TalkReader.KeyOf(talk)) is { } answer ? answer
            : wording.CrisisAgain;
        return new BotReply(text, [], triage, null, ExpectingInput: false) { Card = _cards.Crisis(text), OffersOneToOne = true };
    }

    /// <summary>
    /// Where the person is, said on its own ("uk" after the lines were given in another country's numbers): that
    /// country's emergency number and crisis lines, with buttons to call them. No decision: it restates none.
    /// </summary>
    public BotReply HelpWhereYouAre() =>
        new BotReply(wording.HelpWhereYouAre, [], null, null, ExpectingInput: false) { Card = _cards.HelpWhereYouAre(wording.HelpWhereYouAre) };

    /// <summary>One question about a possible warning sign, with its answers as quick replies.</summary>
    /// <param name="noted">The message told something else of the pain, which is kept: it is acknowledged, not called a miss.</param>
    /// <param name="beforeExercise">The person asked for an exercise meanwhile ("would a foam roller work?"): said why it waits.</param>
    public BotReply Screening(ScreeningRule concept, bool again, bool noted = false, bool beforeExercise = false)
    {
        ArgumentNullException.ThrowIfNull(concept);
        var lead = !again ? null : beforeExercise ? wording.Questions.ScreeningBeforeExercise : noted ? wording.Questions.ScreeningNoted : wording.Questions.ScreeningAgain;
        var text = TextParts.Paragraphs(lead, concept.Question);
        return new BotReply(text, [.. concept.YesAnswers, concept.NoAnswer], null, null, ExpectingInput: true) { OffersOneToOne = true };
    }

    /// <summary>Another body part: what the bot covers, with a few of its topics to tap.</summary>
    public BotReply OutOfScope() => Say(wording.OutOfScope, Topics());

    /// <summary>
    /// Small talk that picks among the exercises ("which of the five are OK for me?"), for someone pregnant: the
    /// caution first, as before any exercise, and in a group chat without saying who is pregnant.
    /// </summary>
    public BotReply WithPregnancyCaution(BotReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return Private(
            reply with { Text = TextParts.Paragraphs(wording.PregnancyCaution, reply.Text) },
            reply with { Text = TextParts.Paragraphs(wording.Shared.PregnancyCaution, reply.Text) });
    }

    /// <summary>The <c>talk</c> wording for "which of them are OK?" asked in a pregnancy.</summary>
    public const string PregnancyPickKey = "best-one.pregnancy";

    /// <summary>"Which stretches are OK then?" at 26 weeks: the caution, then which of the article's moves suit a pregnancy.</summary>
    public BotReply PregnancyPick() => WithTalkAdvice(WithPregnancyCaution(Say(wording.Talk[PregnancyPickKey], Topics())), PregnancyPickKey);

    /// <summary>A pregnancy said on its own: thanks, the caution before any exercise, and topics to go on with.</summary>
    public BotReply PregnancyNoted() => Say(TextParts.Paragraphs(wording.PregnancyNoted, wording.PregnancyCaution), Topics());

    public BotReply HowTo(AdviceEntry entry, IReadOnlyList<FollowUp> followUps)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var howTo = AdviceFormatting.HowToParagraphs(entry, wording.HowTo);
        return new BotReply(TextParts.Paragraphs(howTo), Labels(followUps), null, new AdviceDecision(entry.Id, null), ExpectingInput: false)
        {
            Card = _cards.Advice(entry, howTo[0], howTo.Skip(1)),
        };
    }

    /// <summary>The line before two pieces of advice shown side by side.</summary>
    public BotReply Comparison() => new(wording.Comparison, [], null, null, ExpectingInput: false);

    public BotReply NoMoreRelated(IReadOnlyList<FollowUp> followUps) =>
        new(wording.NoMoreRelated, [.. Labels(followUps), wording.Actions.Help], null, null, ExpectingInput: false);

    public BotReply Choices(IReadOnlyList<AdviceEntry> candidates, TriageAssessment? announce)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        BotReply Compose(string? decision) => new(
            TextParts.Paragraphs(decision, wording.Questions.WhichAdvice),
            [.. candidates.Select(entry => entry.Title), wording.Actions.NoneOfThese],
            announce,
            null,
            ExpectingInput: true)
        {
            OffersOneToOne = decision is not null,
        };

        return announce is null ? Compose(null) : Private(Compose(_triage.For(announce)), Compose(_triage.ForSharedConversation(announce)));
    }

    /// <summary>"dunno, a while?" to the pain question: a rough answer is enough, then the question with its quick replies.</summary>
    public BotReply QuestionWhenUnsure(MissingPainFacts question)
    {
        var asked = Question(question, again: false, caution: false);
        return asked with { Text = TextParts.Paragraphs(wording.Questions.Unsure, asked.Text) };
    }

    /// <param name="question">The fact asked for: duration or sharpness.</param>
    /// <param name="again">The last answer did not answer it.</param>
    /// <param name="caution">A stretch was asked for and waits for the answer: say why it waits.</param>
    /// <param name="noted">The message told the other fact: thanked for, so the same question is not asked as if unheard.</param>
    /// <param name="waiting">A stretch asked about again while it waits: what it is for, its steps still waiting.</param>
    public BotReply Question(MissingPainFacts question, bool again, bool caution, bool noted = false, AdviceEntry? waiting = null)
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
        var before = caution ? wording.Questions.BeforeYouTry
            : waiting is not null ? wording.Questions.WhileItWaits.Replace("{title}", waiting.Title, StringComparison.Ordinal).Replace("{why}", waiting.Why, StringComparison.Ordinal)
            : noted ? wording.Questions.Noted
            : null;
        return new BotReply(TextParts.Paragraphs(before, asked), answers, null, null, ExpectingInput: true)
        {
            OffersOneToOne = true,
        };
    }

    /// <summary>An emergency reply stands out as a card with the emergency number to tap; other levels are words.</summary>
    private static ReplyCard? EmergencyCard(TriageLevel level, string text) =>
        level == TriageLevel.Emergency ? ReplyCards.Emergency(text) : null;

    /// <summary>A reply that repeats something private, with its wording for a conversation others read.</summary>
    private static BotReply Private(BotReply reply, BotReply forSharedConversation) =>
        reply with { ForSharedConversation = forSharedConversation };

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

    /// <summary>The buttons that ask for <paramref name="followUps"/>.</summary>
    public List<string> Labels(IReadOnlyList<FollowUp> followUps) =>
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
