using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Text;
using BackCareBot.Conversation.Dialogs.Recognition;
using BackCareBot.Conversation.HelpLines;
using BackCareBot.Conversation.Replies;
using BackCareBot.Conversation.State;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Conversation.Dialogs;

/// <summary>
/// One message in, the replies and the conversation's next state out; no I/O, so a turn can be computed again
/// when a concurrent turn changed the state first. Commands (a greeting, help, start over, forget me) come first;
/// everything else is decided once by <see cref="BackCareDecider"/>, and this engine routes the decision: crisis,
/// warning signs and screening questions interrupt any dialog; then the dialog waiting for an answer (a follow-up to
/// advice, a choice); then another body part, the pain questions, and the answer.
/// </summary>
public sealed class DialogEngine
{
    private readonly BackCareDecider _decider;
    private readonly ReplyComposer _composer;
    private readonly AdviceDialog _advice;
    private readonly DisambiguationDialog _disambiguation;
    private readonly TriageDialog _decisions;
    private readonly TriageFollowUpDialog _followUp;
    private readonly TalkReader _talk;
    private readonly EmergencyNumbers _numbers;

    private readonly MessageGlossary _glossary;

    private readonly KnowledgeBase _knowledge;

    public DialogEngine(
        BackCareDecider decider, KnowledgeBase knowledge, ReplyComposer composer, ReplyWording wording, TalkReader talk, EmergencyNumbers numbers, MessageGlossary glossary)
    {
        ArgumentNullException.ThrowIfNull(wording);
        _glossary = glossary;
        _knowledge = knowledge;
        _numbers = numbers;
        _decider = decider;
        _talk = talk;
        _composer = composer;
        _advice = new AdviceDialog(knowledge, composer, new FollowUpReader(wording.Actions));
        _disambiguation = new DisambiguationDialog(knowledge, composer, _advice, new ChoiceReader(wording.Actions));
        _decisions = new TriageDialog(knowledge, composer, _advice, _disambiguation);
        _followUp = new TriageFollowUpDialog(knowledge, composer, _advice);
    }

    /// <param name="state">The conversation's state before this message.</param>
    /// <param name="text">The message, with any mention of the bot taken out.</param>
    /// <param name="messageTime">When the person wrote it, in their own offset where known ("since last Friday").</param>
    public TurnResult Handle(DialogState state, string? text, DateTimeOffset messageTime)
    {
        ArgumentNullException.ThrowIfNull(state);
        // "merci, bonne soirée", "et combien de fois par jour ?": the conversation's words are read in the glossary's
        // English too, as the understanding reads them, so a thanks or a follow-up in another language is heard.
        var english = text is null ? null : _glossary.Gloss(MessageNormalizer.Normalize(text)).Text;
        var key = PhraseKey.Of(english);
        var heard = _talk.Read(key, PhraseKey.Words(english), text?.Contains('?', StringComparison.Ordinal) == true);
        var result = Route(state, text, key, messageTime, heard);
        if (result.State is null)
        {
            return result;
        }

        // "we called 911, what do we do while we wait?": from then on, the emergency's answers are for waiting for help.
        var help = HelpNow(state, key, heard);

        // "uk" (or "I'm in the UK btw" under a standing decision) after the lines were given in another country's
        // numbers: the person said where they are, nothing else.
        // After crisis lines the person said they were safe from, "I'm in the UK" still asks for that country's lines,
        // whatever else stands (while the crisis stands, its own reply already gives them).
        var crisisStands = CrisisStands(state);
        if ((result.DialogId == DialogIds.Fallback || result.Replies.Any(reply => reply.Reminder) || (state.CrisisLinesGiven && !crisisStands))
            && _numbers.CountryNamedIn(key) is { } place && place != state.Country && SaysOnlyWhere(key))
        {
            // Under a standing decision, its route in that country's words; otherwise who to call there.
            var told = state.Announced;
            var here = told is null || state.CrisisLinesGiven || crisisStands
                ? _composer.HelpWhereYouAre()
                : _composer.AfterDecision(told.Level >= BackCare.Triage.TriageLevel.Urgent ? Talk.WhereToGo : Talk.WhichProfessional, told.Level, told.Reasons);
            result = result with { DialogId = DialogIds.HelpWhereYouAre, Replies = [here, .. result.Replies.Skip(1)] };
        }

        // The fallback never says the same words twice in a row.
        var fallback = result.DialogId == DialogIds.Fallback;
        // The fallback comes first when a waiting question follows it (the question is kept).
        IReadOnlyList<BotReply> replies = fallback && state.LastWasFallback ? [_composer.Fallback(again: true), .. result.Replies.Skip(1)] : result.Replies;

        // A decision's paragraph, or what to do meanwhile and where to go under it, said again within the last few turns by
        // whatever path ("o que eu faço então?" after "what can I do meanwhile?") is pointed back to, not said whole again.
        if (heard is Talk.None or Talk.PushBack or Talk.WhereToGo or Talk.Meanwhile or Talk.StretchLater && replies.Count > 0
            && replies[0] is { Reminder: false, Triage: { Level: { } level } repeated } said
            && ReplyPrint.Of(said.Text) is var print && (print == state.LastReplyPrint || state.AnswerPrints.Contains(print))
            && !repeated.Reasons.Contains(BackCare.Triage.TriageAssessor.CrisisReason))
        {
            // An emergency's line is short and the same either way; another answer is pointed back to by its gist.
            replies = [heard is Talk.None or Talk.PushBack || level == BackCare.Triage.TriageLevel.Emergency ? _composer.ToldBefore(repeated, state.Reminders, help) : _composer.SaidJustAbove(said), .. replies.Skip(1)];
        }

        // Nor any other answer: asked again in other words ("is it safe every day?" after "is that normal?"), an answer
        // given in the last few turns is pointed back to in a line, with somewhere else to go, not said again whole.
        // A question asked again, "repeat" and "show me" are meant to say it again.
        if (!fallback && replies.Count > 0 && replies[0] is { Reminder: false, ExpectingInput: false, Card: null } first && first.Triage?.Level is null && first.Text.Length >= ShortestRepeatable
            && heard is not (Talk.Repeat or Talk.ShowMe) && state.AnswerPrints.Contains(AnswerPrint(first)))
        {
            replies = [_composer.SaidJustAbove(first), .. replies.Skip(1)];
        }

        // Nor does the reminder of a decision: each one in a row takes the next wording.
        var reminded = replies.Any(reply => reply.Reminder);
        if (reminded && (state.Reminders > 0 || help != HelpStatus.None))
        {
            replies = [.. replies.Select(reply => reply.Reminder && reply.Triage is { } told ? _composer.ToldBefore(told, state.Reminders, help) : reply)];
        }

        // "had a microdiscectomy 3 weeks ago", then "even the hamstring one?": the surgery or condition is remembered, and
        // every exercise shown after comes with the check with whoever looks after it.
        var checkFirst = state.CheckFirst || heard == Talk.HasCondition;
        if (checkFirst && replies.Any(_composer.ShowsAnExercise))
        {
            replies = [.. replies, _composer.CheckFirst()];
        }

        // "what can I do at my desk then" after "I'm 28 weeks pregnant": moves listed in words, not as a card, come after
        // the same caution a card would carry.
        if ((result.State.Facts?.Pregnant == true || state.Facts?.Pregnant == true) && heard is Talk.AtDesk or Talk.BestOne or Talk.RoutineList or Talk.Equipment or Talk.NoEquipment or Talk.RoutineTime or Talk.Easier
            && result.DialogId is not (DialogIds.Triage or DialogIds.Crisis) && !replies.Any(_composer.SaysPregnancyCaution))
        {
            replies = [_composer.PregnancyCautionFirst(), .. replies];
        }

        // "can you just tell me a stretch" right after "I'm not going to do anything": the stretch, with the lines close.
        if (state.CheckInOwed && result.DialogId != DialogIds.Crisis && replies.Any(_composer.ShowsAnExercise))
        {
            replies = [_composer.CrisisCheckIn(), .. replies];
        }

        // "I'm in the UK": from now on the help lines are the UK's, whatever the browser's language says.
        var country = _numbers.CountryNamedIn(key) ?? state.Country;
        if (country is not null)
        {
            replies = [.. replies.Select(reply => reply with { Country = country })];
        }

        return result with
        {
            State = result.State with { LastWasFallback = fallback, Reminders = reminded ? state.Reminders + 1 : 0, LastReplyPrint = replies.Count > 0 && replies[0].Triage is { Level: not null } ? ReplyPrint.Of(replies[0].Text) : 0, AnswerPrints = result.DialogId == DialogIds.StartOver ? [] : Remembered(state.AnswerPrints, replies), CheckInOwed = (result.DialogId == DialogIds.Crisis && result.State.CheckInOwed) || (state.CheckInOwed && result.DialogId != DialogIds.StartOver && !replies.Any(_composer.ShowsAnExercise)), Country = country, CheckFirst = checkFirst && result.DialogId != DialogIds.StartOver, Help = result.DialogId != DialogIds.StartOver && result.State.Announced?.Level == BackCare.Triage.TriageLevel.Emergency ? help : HelpStatus.None },
            Replies = replies,
        };
    }

    /// <summary>
    /// "how often should I get up from my desk?" under a check already told: a question with an answer of its own that
    /// names no exercise is answered, with the check in one line after it; under an emergency, only the emergency.
    /// </summary>
    private TurnResult? TalkBesideDecision(DialogState next, Talk talk, TurnDecision decision)
    {
        if (!TalkKinds.OutranksAdvice(talk) || _composer.TalkNamesExercise(talk)
            || decision.Triage is not { Status: BackCare.Triage.TriageStatus.Decided, Level: BackCare.Triage.TriageLevel.Doctor or BackCare.Triage.TriageLevel.Urgent } triage
            || decision.Withheld != WithheldBecause.Triage)
        {
            return null;
        }

        // Its topics to tap would offer exercises the check withholds: the check's own questions come after it instead.
        return new TurnResult(DialogIds.Triage, next.EndDialog(), [_composer.SmallTalk(talk) with { Suggestions = [] }, _composer.ToldBefore(triage)]);
    }

    /// <summary>A line shorter than this ("Paused at stretch 2 of 5.") is a status, fine to say again.</summary>
    private const int ShortestRepeatable = 120;

    /// <summary>How many of the bot's last answers are compared with the next: about one screen of conversation.</summary>
    private const int AnswersRemembered = 4;

    /// <summary>A reply's words as a fingerprint: what "said word for word" compares.</summary>
    private static int AnswerPrint(BotReply reply) => ReplyPrint.Of(reply.Text);

    /// <summary>
    /// The answers remembered after this turn: its first reply's print, where it is long enough to be worth not saying
    /// twice or part of a decision. A "you're welcome" is not kept, so a thanks alone still stores nothing.
    /// </summary>
    private static IReadOnlyList<int> Remembered(IReadOnlyList<int> before, IReadOnlyList<BotReply> replies) =>
        replies.Count > 0 && (replies[0].Text.Length >= ShortestRepeatable || replies[0].Triage?.Level is not null)
            ? [.. before.TakeLast(AnswersRemembered - 1), AnswerPrint(replies[0])]
            : before;

    private static readonly string[] WordsOfTime = ["soon", "quick", "quickly", "fast", "long", "when", "till", "until", "before", "time"];

    /// <summary>
    /// Where help stands for the emergency told, with this message ("we called 911, what now?", "paramedics are
    /// here"); none when no emergency stands.
    /// </summary>
    private HelpStatus HelpNow(DialogState state, string key, Talk heard) =>
        state.Announced?.Level != BackCare.Triage.TriageLevel.Emergency ? HelpStatus.None
        : heard == Talk.HelpComing || _talk.Says(key, Talk.HelpComing) ? (HelpStillComing(key) ? HelpStatus.OnItsWay : HelpStatus.Here)
        : state.Help;

    /// <summary>Help said to be on its way rather than come: "while we wait for the ambulance", "they're sending someone".</summary>
    private static bool HelpStillComing(string key) => SaysAnyOf(key, HelpOnItsWay);

    private static readonly string[] HelpOnItsWay = ["wait", "waiting", "coming", "on its way", "on the way", "sending", "called", "calling", "ringing", "driving", "heading", "on my way", "on our way"];

    /// <summary>Whether any of <paramref name="words"/> (a word or a few) stands in the phrase key as whole words.</summary>
    private static bool SaysAnyOf(string key, string[] words)
    {
        var padded = $" {key} ";
        return words.Any(said => padded.Contains($" {said} ", StringComparison.Ordinal));
    }

    /// <summary>A word in plain words is safe beside any check short of an emergency ("what means hip flexor?").</summary>
    private static bool PlainWordsAllowed(TurnDecision decision) =>
        decision.Withheld is null || (decision.Withheld == WithheldBecause.Triage && decision.Triage.Level < BackCare.Triage.TriageLevel.Emergency);

    /// <summary>The moves still turned down once <paramref name="ruledIn"/> positions are possible again: not those that need one.</summary>
    private IEnumerable<string> StillDeclined(IReadOnlyList<string> declined, IReadOnlyList<string> ruledIn) =>
        ruledIn.Count == 0 ? declined : declined.Where(id => !_knowledge.TryGet(id, out var entry) || entry.Position.Conflicts(ruledIn).Count == 0);

    /// <summary>"did the massage ball thing", "done the hip one", "tried it, felt good": a move said to be done.</summary>
    private static bool SaysItWasDone(string key) => SaysAnyOf(key, DoneWords);

    /// <summary>"it's stiff", "just tight": stiffness said, which the engine reads with no pain word beside it.</summary>
    private static bool SaysStiff(string key) => SaysAnyOf(key, StiffWords);

    private static readonly string[] StiffWords = ["stiff", "stiffness", "stiffer", "tight", "tightness", "tighter"];

    private static readonly string[] DoneWords = ["did", "done", "tried", "felt"];

    /// <summary>Words that say where a person is and nothing else: "uk", "I'm in India", "we live in Ireland".</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.Ordinal)
    {
        "i", "im", "i'm", "am", "we", "were", "we're", "are", "in", "the", "from", "live", "living", "based", "here", "its", "it's", "ok", "oh", "sorry", "actually",
        // "I'm in the UK if that matters", "btw I'm in Ireland": said in passing, still only where.
        "if", "that", "matters", "btw", "fyi", "by", "way",
    };

    /// <summary>The message names a place and nothing more: at most a few words, all of them place words or the place's name.</summary>
    private bool SaysOnlyWhere(string key)
    {
        var words = key.Split(' ');
        var rest = words.Where(word => !PlaceWords.Contains(word)).ToArray();
        return words.Length <= 8 && rest.Length <= 3 && _numbers.CountryNamedIn(string.Join(' ', rest)) is not null;
    }

    /// <param name="key">The message as a phrase key (<see cref="PhraseKey"/>), read once a turn.</param>
    /// <param name="heard">What the message says to steer the conversation (talk.yaml), read once a turn.</param>
    private TurnResult Route(DialogState state, string? text, string key, DateTimeOffset messageTime, Talk heard)
    {
        var command = CommandReader.Read(key);
        // "start again" within the guided routine starts the routine again, not the whole conversation.
        var restartsRoutine = command == Command.StartOver && state.Dialog == DialogIds.Routine;
        switch (command)
        {
            case Command.ForgetMe:
                return TurnResult.Forget(_composer.Forgotten());
            case Command.StartOver when !restartsRoutine:
                return new TurnResult(DialogIds.StartOver, DialogState.Fresh, [_composer.StartedOver()]);
            case Command.Help:
                // After crisis lines, the back is talked about as asked, and the lines are kept close.
                return new TurnResult(DialogIds.Help, state, [
                    CrisisStands(state) ? _composer.HelpAfterCrisis() : _composer.Help()]);
            case Command.Greeting:
                return new TurnResult(DialogIds.Welcome, state, [_composer.Welcome()]);
        }

        var talk = restartsRoutine ? Talk.RoutineRestart : heard;
        // "back" outside the routine has nothing to go back to: what the bot can help with.
        if (talk == Talk.RoutineBack && state.Dialog != DialogIds.Routine && key == "back")
        {
            return new TurnResult(DialogIds.Help, state, [_composer.Help()]);
        }

        // "they took him to hospital... what about me?": once help has come for the other person, their decision no
        // longer holds the conversation, and the person's own back starts afresh.
        if ((state.OtherInCare || (talk is Talk.HelpComing && !HelpStillComing(key)) || talk == Talk.WillTell) && state.Context.Facts.AboutSomeoneElse
            && _decider.Decide(text, messageTime, ConversationContext.New) is { MessageFacts.TurnsToSelf: true })
        {
            state = state.EndDialog() with { Facts = null, Announced = null, OtherInCare = false, Reminders = 0 };
            if (talk is Talk.HelpComing or Talk.WillTell)
            {
                talk = Talk.None;
            }
        }

        var aside = IsAside(state, talk);
        // "thanks" or "is there a video?" while the bot waits for how long it has hurt is not a failed answer: the
        // message is decided as if nothing were asked, and the question waits for the turn after.
        var decision = _decider.Decide(text, messageTime, aside ? state.EndDialog().Context : state.Context);
        // "hi again, it's been 9 days now and it's not better": what it says of the pain is the message, not the hello.
        if (talk == Talk.Returning && decision.MessageFacts.HasBodyFacts)
        {
            talk = Talk.None;
        }

        // "seriously tho it's stiff. what do I do" to "how long have you had this pain?": stiff, not in pain, so the pain
        // read into "this chair is killing me lol" is taken back and the message answered afresh.
        if ((state.Dialog == DialogIds.TriageFollowUp || state.Asked != BackCare.Triage.MissingPainFacts.None) && state.Announced is null
            && decision.Kind is DecisionKind.AskPain or DecisionKind.Answer && !decision.MessageFacts.PainMentioned && decision.MessageFacts.Duration is null && decision.MessageFacts.Sharpness == BackCare.Triage.Sharpness.Unknown
            && SaysStiff(key))
        {
            var stiffOnly = state.EndDialog() with { Facts = null, Unanswered = BackCare.Triage.MissingPainFacts.None, Asked = BackCare.Triage.MissingPainFacts.None, Deferred = null };
            return Route(stiffOnly, text, key, messageTime, talk);
        }

        if (!aside && state.Dialog == DialogIds.TriageFollowUp && decision is { Kind: DecisionKind.AskPain, AskAgain: true })
        {
            // The message did not answer the waiting question; it may have asked one of its own.
            if (_decider.Decide(text, messageTime, state.EndDialog().Context) is { Kind: DecisionKind.AskPain or DecisionKind.Answer, Advice.Outcome: BackCare.Matching.MatchOutcome.Matched } asked)
            {
                // "anything I can do in the corridor?" is a question, not a failed answer: it gets its advice, and the
                // pain question is asked again beside it, afresh.
                decision = asked;
            }
            else if (QuestionAside(state, text, key, talk, decision) is { } answered)
            {
                return answered;
            }
        }

        // "cheers" or "ok" while a screening question waits is not a failed answer: heard, and the question asked again as
        // it was, its count of failed answers untouched (two failed answers would send the person to a doctor).
        if (state.Dialog == DialogIds.Screening && talk is Talk.Thanks or Talk.Acknowledge
            && decision is { Kind: DecisionKind.Screening, AskAgain: true, Screening: { } waiting })
        {
            var asked = _composer.Screening(waiting, again: false);
            return new TurnResult(DialogIds.Screening, state, talk == Talk.Thanks ? [_composer.SmallTalk(talk), asked] : [asked]);
        }

        if (decision.Kind == DecisionKind.Empty)
        {
            return new TurnResult(DialogIds.EmptyMessage, state, [_composer.EmptyMessage()]);
        }

        // "no pain" to "how long have you had this pain?": the pain is taken back, not a failed answer, and the
        // question is not asked again. "not pain really, just stiff" the decider already reads as taken back.
        if (talk == Talk.NoPain && state.Dialog == DialogIds.TriageFollowUp && state.Announced is null && !decision.MessageFacts.PainDenied)
        {
            var retracted = state.EndDialog() with { Facts = null, Unanswered = BackCare.Triage.MissingPainFacts.None };
            return new TurnResult(DialogIds.SmallTalk, retracted, [_composer.SmallTalk(talk)]);
        }

        // "GP saw me this afternoon, said it's muscular": checked and cleared; the decision and the pain it was about
        // are done with, and what the person asks next is answered afresh. A new warning sign said beside it still counts.
        // "hospital said my heart is fine ... what should I do?": cleared, said beside a question, which is then answered.
        var clearedToo = talk != Talk.ClearedByDoctor && state.Announced is not null && _talk.Says(key, Talk.ClearedByDoctor);
        if ((talk == Talk.ClearedByDoctor || clearedToo) && state.Announced is not null && !CrisisStands(state)
            && decision.MessageFacts.WarningSigns.Count == 0 && !decision.MessageFacts.Crisis && decision.Kind is not (DecisionKind.Screening or DecisionKind.Crisis))
        {
            var cleared = state.EndDialog() with { Facts = null, Announced = null, Reminders = 0, OtherInCare = false, Unanswered = BackCare.Triage.MissingPainFacts.None };
            var heardCleared = _composer.SmallTalk(Talk.ClearedByDoctor);
            // What the clinician assessed is not asked again: a reply that would ask about the pain gives way to the all-clear.
            // "hi again! back from the hospital, they said it was a UTI. so... standing desk?": the greeting is not the question.
            // "they said it was a UTI. standing desk?": the all-clear with a question of its own, answered too.
            var beside = talk is Talk.Returning or Talk.ClearedByDoctor ? Talk.None : talk;
            var asksBeside = clearedToo || decision.Asked.Best?.Score >= ClearedBesideScore;
            if (asksBeside && Route(cleared, text, key, messageTime, beside) is { DialogId: not (DialogIds.Fallback or DialogIds.TriageFollowUp) } asked)
            {
                return asked with { Replies = [heardCleared with { Suggestions = [] }, .. asked.Replies] };
            }

            return new TurnResult(DialogIds.SmallTalk, cleared, [heardCleared]);
        }

        // "I had a car crash" answered with the emergency, then "ten years ago lol, all fine. now my back's just stiff":
        // the sign told is long past (or was only asked about for an exam), so the decision and its facts are done
        // with, and the rest of the message is answered afresh. A new warning sign said beside it still counts.
        // "I wet myself", then "with coffee 🙃 jumped when the fire alarm went off": the decider took the signs back, and
        // so does the conversation. After crisis lines, it is heard as "I'm safe": the lines stay close.
        if (decision.MessageFacts.TakesBackLast && state.Announced is not null)
        {
            if (CrisisStands(state) && !decision.Facts.Crisis)
            {
                var laughedOff = state.EndDialog() with { Facts = StoredPainFacts.From(decision.Facts), Announced = state.AnnouncedBeforeCrisis, AnnouncedBeforeCrisis = null, Reminders = 0, CheckInOwed = false };
                var rest = Route(laughedOff, text, key, messageTime, Talk.None);
                return rest.DialogId == DialogIds.Fallback
                    ? new TurnResult(DialogIds.Crisis, laughedOff, [_composer.CrisisLaughedOff()])
                    : rest with { Replies = [_composer.CrisisLaughedOff(), .. rest.Replies] };
            }

            talk = Talk.TookBack;
        }

        if (talk == Talk.TookBack && state.Announced is not null && state.LastReplyPrint != 0 && !CrisisStands(state)
            && decision.MessageFacts.WarningSigns.Count == 0 && !decision.MessageFacts.Crisis && decision.Kind is not (DecisionKind.Screening or DecisionKind.Crisis))
        {
            // "no it doesn't wake me" after night pain said of months of pain: the sign goes, and the months still call
            // for the doctor's check, told as news.
            var stillDecided = decision.MessageFacts.TakesBackLast && decision.Triage is { Status: BackCare.Triage.TriageStatus.Decided, Level: not null };
            var past = state.EndDialog() with
            {
                Facts = stillDecided ? StoredPainFacts.From(decision.Facts) : null, Announced = null, Reminders = 0, OtherInCare = false,
                Unanswered = BackCare.Triage.MissingPainFacts.None,
            };
            var afresh = Route(past, text, key, messageTime, Talk.None);
            return afresh.DialogId == DialogIds.Fallback ? new TurnResult(DialogIds.SmallTalk, past, [_composer.SmallTalk(talk)]) : afresh;
        }

        // "sorry, I mean the monday just gone, so like 5 days", "no, it's not sharp, more dull": a correction that lowers
        // the decision takes back the one told on the wrong facts; what the corrected facts call for is told instead.
        if (state.Announced is { } toldOnWrongFacts && !CrisisStands(state) && (decision.MessageFacts.CorrectsDuration || decision.MessageFacts.CorrectsSharpness)
            && (decision.Triage.Level is null || decision.Triage.Level < toldOnWrongFacts.Level))
        {
            state = state with { Announced = null, Reminders = 0 };
        }

        // "what about me, my back is stiff" while the ambulance for someone else is still on its way: theirs first.
        if (state.Announced is { Level: BackCare.Triage.TriageLevel.Emergency } && state.Context.Facts.AboutSomeoneElse && !state.OtherInCare
            && decision.MessageFacts.TurnsToSelf && decision.Kind == DecisionKind.Warning && !TriageNews.IsNews(decision.Triage, state.Announced) && !CrisisStands(state))
        {
            return new TurnResult(DialogIds.Triage, state.EndDialog(), [_composer.OwnBackLater(decision.Triage)]);
        }

        // "ok and me, I'm just stiff" after a colleague's same-day check: the check was the colleague's, and what the
        // bot said of it is not repeated to the person.
        if (state.Context.Facts.AboutSomeoneElse && decision.MessageFacts.TurnsToSelf && !decision.Facts.AboutSomeoneElse)
        {
            state = state with { Announced = null };
        }

        var next = state with
        {
            Facts = StoredPainFacts.From(decision.Facts),
            Unanswered = decision.Unanswered,
            Screened = decision.Screened,
            // "wait, I CAN do floor stuff at home": the positions taken back, and the moves turned down only for them.
            Declined = [.. StillDeclined(state.Declined, decision.Asked.RulesIn).Union(decision.Asked.Declined)],
            RuledOut = [.. state.RuledOut.Except(decision.Asked.RulesIn).Union(decision.Asked.RulesOut)],
            LastQuestion = null,
        };

        var news = TriageNews.IsNews(decision.Triage, state.Announced);
        // "how long? since the monday before last": the bot's own question said back with its answer, not a question
        // about how long to hold a stretch.
        if (talk == Talk.HoldTime && decision.MessageFacts.Duration is not null && decision.Facts.PainMentioned)
        {
            talk = Talk.None;
        }

        // "not like that. I mean maybe. I don't know" after crisis lines: not a safe answer. Unsure is reason enough to
        // call, and the lines stand; never "I'm glad you're safe".
        if (talk == Talk.SaysSafe && SaysAnyOf(key, Ambivalent))
        {
            talk = state.CrisisLinesGiven ? Talk.PushBack : Talk.LowMood;
        }

        if (decision.Kind == DecisionKind.Crisis)
        {
            return Crisis(next, decision, talk);
        }

        // "I'm not going to do anything stupid, I'm just really frustrated" with no crisis lines given: a hard day, heard.
        if (talk == Talk.SaysSafe && !state.CrisisLinesGiven && decision.Kind != DecisionKind.Crisis)
        {
            talk = Talk.LowMood;
        }

        // "thanks for listening" is only reaching out when the crisis lines were given in this conversation.
        if (talk == Talk.ReachingOut && !state.CrisisLinesGiven)
        {
            talk = Talk.Thanks;
        }

        // "would the hamstring one be ok to do meanwhile?" under a check already told: that stretch waits, and why.
        if (talk == Talk.Meanwhile && state.Announced is not null && !news
            && _decisions.StretchWaits(next.EndDialog(), next, decision, mustName: true) is { } waits)
        {
            return waits;
        }

        if (TalkKinds.IsAboutTheDecision(talk) && state.Announced is { } told && !news
            && (decision.Advice.Outcome == BackCare.Matching.MatchOutcome.NothingFits || BackCare.Matching.AdviceSafety.WithholdsExercises(decision.Triage)))
        {
            // Help has come for someone else: their decision is done with once the person turns to their own back.
            // "while we wait for the ambulance" is help on its way, not yet come: the other person's emergency still
            // holds the conversation until it has ("ok ambulance is here").
            var after = talk is Talk.HelpComing or Talk.WillTell && state.Context.Facts.AboutSomeoneElse && !HelpStillComing(key) ? next.EndDialog() with { OtherInCare = true } : next.EndDialog();
            // "the ambulance is on its way" is answered for the wait the first time, and as a wait already known after.
            var help = talk == Talk.HelpComing && HelpStillComing(key) ? state.Help : HelpNow(state, key, talk);
            return new TurnResult(DialogIds.Triage, after, [_composer.AfterDecision(talk, told.Level, told.Reasons, help)]);
        }

        // "how long should I hold a stretch?" after a referral: what the article says, with the check before any stretch,
        // rather than the referral again.
        if (talk is Talk.HoldTime or Talk.HowOften or Talk.HowMany && state.Announced is { Level: BackCare.Triage.TriageLevel.Doctor or BackCare.Triage.TriageLevel.Urgent } referred
            && !news && BackCare.Matching.AdviceSafety.WithholdsExercises(decision.Triage))
        {
            return new TurnResult(DialogIds.Triage, next.EndDialog(), [_composer.AfterDecision(talk, referred.Level, referred.Reasons)]);
        }

        // "which one's best?", "anything I can do at my desk?" under a decision that withholds exercises: not for now,
        // rather than an answer that names a move.
        if (state.Announced is { } withholding && !news && BackCare.Matching.AdviceSafety.WithholdsExercises(decision.Triage)
            && _composer.TalkNamesExercise(talk))
        {
            return new TurnResult(DialogIds.Triage, next.EndDialog(), [_composer.AfterDecision(Talk.StretchLater, withholding.Level, withholding.Reasons)]);
        }

        switch (decision.Kind)
        {
            case DecisionKind.Warning when !news:
                return TalkBesideDecision(next, talk, decision) ?? _decisions.SafeBeside(next, decision)
                    ?? new TurnResult(DialogIds.Triage, next.EndDialog(), [_composer.ToldBefore(decision.Triage)]);
            case DecisionKind.Warning:
                return TriageDialog.Announce(next, decision, _composer);
            case DecisionKind.Screening when decision.Screening is { } concept:
                var screening = next.EndDialog() with
                {
                    Dialog = DialogIds.Screening, ScreeningAsked = concept.Id, Reasks = decision.Reasks,
                    Deferred = decision.Asked.Best?.AdviceId ?? state.Deferred,
                };
                // "desk setup tips?" while the question waits: the setup, then the question again, as it was.
                if (decision.AskAgain && decision.Advice is { Outcome: BackCare.Matching.MatchOutcome.Matched, Best: { } beside }
                    && _knowledge.TryGet(beside.AdviceId, out var besideEntry) && besideEntry.Kind != BackCare.Knowledge.AdviceKind.Exercise)
                {
                    var given = _advice.Give(next.EndDialog(), besideEntry, Math.Round(beside.Score, 2), null, decision);
                    var answered = given.State! with { Dialog = DialogIds.Screening, ScreeningAsked = concept.Id, Reasks = decision.Reasks, Deferred = screening.Deferred };
                    return new TurnResult(DialogIds.Screening, answered, [.. given.Replies, _composer.Screening(concept, again: false)]);
                }

                var askedOwn = decision.AskAgain && decision.Reasks == state.Reasks && decision.Asked.Outcome != BackCare.Matching.MatchOutcome.NothingFits;
                return new TurnResult(DialogIds.Screening, screening, [_composer.Screening(concept, decision.AskAgain, decision.MessageFacts.HasBodyFacts, beforeExercise: askedOwn)]);
        }

        if (Routine(state, next, talk, decision, key, RoutineNumber.Read(key, _composer.RoutineLength, state.Dialog == DialogIds.Routine)) is { } routine)
        {
            return routine;
        }

        // "who said that again?": the expert of the advice it names or the one on screen; with none, where the advice
        // comes from.
        if (talk == Talk.WhoSaid)
        {
            if ((NamedInstead(decision, state) ?? ShownNow(state) ?? state.AdviceId) is { } said && decision.Kind == DecisionKind.Answer && !news)
            {
                return new TurnResult(DialogIds.Advice, next, [_composer.WhoSaid(said)]);
            }

            talk = Talk.Source;
        }

        // "I don't understand 'half-kneeling'": the word in plain words, as for "what does it mean".
        if (talk == Talk.Simpler && _composer.Term(key) is { } plainWord && PlainWordsAllowed(decision))
        {
            return new TurnResult(DialogIds.SmallTalk, next, [plainWord]);
        }

        // "did the massage ball thing, felt good. what should I do after": the one after the move it says was done.
        if (talk == Talk.RoutineNext && state.Dialog != DialogIds.Routine && decision.Kind == DecisionKind.Answer && decision.Withheld is null && !news
            && decision.Advice is { Outcome: BackCare.Matching.MatchOutcome.Matched, Best: { } done } && SaysItWasDone(key)
            && _advice.Continue(next.EndDialog().OnScreen(done.AdviceId), NextStretchKey, decision) is { } afterDone)
        {
            return afterDone;
        }

        // "the glute massage one sounds nice. how": the steps of the move it names.
        if (talk == Talk.None && decision.Kind == DecisionKind.Answer && decision.Withheld is null && !news && state.Dialog != DialogIds.Routine
            && _advice.HowToOfNamed(next.EndDialog(), key, decision) is { } namedSteps)
        {
            return namedSteps;
        }

        // "I don't understand 'half-kneeling'" naming a move: what its words mean, as "what is a half kneeling windmill?".
        if (talk == Talk.Simpler && decision.Kind == DecisionKind.Answer && decision.Withheld is null
            && decision.Advice is { Outcome: BackCare.Matching.MatchOutcome.Matched, Best: { } namedMove } && namedMove.AdviceId != ShownNow(state)
            && _advice.AboutShown(next, namedMove.AdviceId, Talk.Define, decision) is { } meaning)
        {
            return meaning;
        }

        // "what's a hip flexor exactly?", "what is hamstring": the word in plain words, for the advice it names or the
        // one on screen. Anything else that opens with "what is" is read as it would be without it.
        if (talk == Talk.Define)
        {
            if (_composer.Term(key) is { } term && PlainWordsAllowed(decision))
            {
                // "what does 'neutral spine' mean for the dead bug": the word, about the move it names.
                return NamedInstead(decision, state) is { } termOf
                    ? new TurnResult(DialogIds.SmallTalk, next.EndDialog() with { Dialog = DialogIds.Advice, AdviceId = termOf }, [term with { Advice = new AdviceDecision(termOf, null) }])
                    : new TurnResult(DialogIds.SmallTalk, next, [term]);
            }

            if (AsksForAWord(key) && decision.Kind is DecisionKind.Answer or DecisionKind.AskPain && decision.Withheld is null
                && (decision.Advice is { Outcome: BackCare.Matching.MatchOutcome.Matched, Best: { } named } ? named.AdviceId : ShownNow(state)) is { } word
                && _advice.AboutShown(next, word, Talk.Define, decision) is { } defined)
            {
                return defined;
            }

            talk = Talk.None;
        }

        // "kneeling hurts my knee", "can't get on the floor, I'm in a skirt" with a move on screen: that move without it,
        // and every move after. The knee is named only to say why.
        if (decision.Asked.RulesOut.Count > 0 && decision.Asked.RulesOut.Where(position => !state.RuledOut.Contains(position)).ToList() is { Count: > 0 } ruledOut
            && ShownNow(state) is { } moveOnScreen && !news && decision.Withheld is null
            && decision.Kind is DecisionKind.Answer or DecisionKind.AskPain or DecisionKind.OutOfScope
            && !BackCare.Matching.AdviceSafety.WithholdsExercises(decision.Triage)
            && _advice.RuledOut(next, state, moveOnScreen, ruledOut, decision) is { } without)
        {
            return without;
        }

        // "and for the hip flexor?" right after "how long do I hold the hamstring one?": the same question of the one named.
        if (talk == Talk.None && state.LastQuestion is { } lastAsked && NamedInstead(decision, state) is { } other && AsksTheSameOf(key)
            && decision.Kind == DecisionKind.Answer && decision.Withheld is null && !news
            && _advice.AboutShown(next with { LastQuestion = lastAsked }, other, lastAsked, decision) is { } same)
        {
            return same;
        }

        // "I can't kneel, bad knees" names another body part only to say why it needs another version. "which side
        // first?" after a word about the knee is still about the last advice shown.
        if (talk is Talk.HoldTime or Talk.HowOften or Talk.HowMany or Talk.IsItSafe or Talk.WhichSide or Talk.Easier or Talk.Simpler or Talk.Harder or Talk.WhyThis or Talk.Arching
            && (ShownNow(state) ?? WaitingStretch(state) ?? state.AdviceId) is { } shown && !(talk == Talk.Easier && (_advice.LeftOut(shown, next) || (!IsExercise(shown) && next.RuledOut.Count > 0)))
            && (decision.Kind is DecisionKind.Answer or DecisionKind.AskPain || (talk is Talk.Easier or Talk.IsItSafe && decision.Kind == DecisionKind.OutOfScope))
            && _advice.AboutShown(next with { LastQuestion = talk }, NamedAbout(talk, decision, state, shown) ?? shown, talk, decision) is { } about)
        {
            return about;
        }

        // "dodgy knees so no kneeling pls" with nothing on screen: the moves that need no kneeling, not the kneeling one
        // the word "kneeling" would otherwise find.
        // So does "so there's no version for me?" under a move the person can't do at all.
        // "I can't get down on the floor anymore" under the desk setup: no easier desk, the moves that need no floor.
        if (talk == Talk.Easier && (ShownNow(state) is not { } onScreenNow || _advice.LeftOut(onScreenNow, next) || (!IsExercise(onScreenNow) && next.RuledOut.Count > 0))
            && decision.Kind is DecisionKind.Answer or DecisionKind.OutOfScope && !news
            && decision.Withheld is null && !BackCare.Matching.AdviceSafety.WithholdsExercises(decision.Triage))
        {
            // "a chair version of child's pose?", "hip flexors without kneeling?": the easier version of the move it
            // names. "Kneeling" names the position the person can't take, not the half-kneeling move its word finds.
            if (NamedInstead(decision, state) is { } named
                && !(key.Contains("kneel", StringComparison.Ordinal)
                    && (decision.Asked.Declined.Contains(named) || _knowledge[named].Title.Contains("kneel", StringComparison.OrdinalIgnoreCase)))
                && _advice.AboutShown(next, named, talk, decision) is { } version)
            {
                return version;
            }

            // The seated hamstring stretch it leads with is on screen now: "how long?" or "still too hard" is about it.
            var noKneeling = _composer.MovesWithout(next.RuledOut) ?? _composer.SmallTalk(talk);
            var onScreen = noKneeling.Advice is { } led ? next.EndDialog() with { Dialog = DialogIds.Advice, AdviceId = led.Id } : next.EndDialog();
            return new TurnResult(DialogIds.SmallTalk, onScreen, [noKneeling]);
        }

        // "say that again" with advice on screen: its steps (the routine's "repeat" is the routine's own).
        if (talk == Talk.Repeat && state.Dialog == DialogIds.Advice && state.AdviceId is not null && decision.Kind == DecisionKind.Answer && !news)
        {
            return _advice.StepsOfShown(next with { AskedAgain = 0 }, decision);
        }

        // "show me the hip one" with another on screen: the picture of the one it names.
        if (talk is Talk.ShowMe or Talk.Video && decision.Kind == DecisionKind.Answer && !news && state.Dialog != DialogIds.Routine
            && decision.Advice is { Outcome: BackCare.Matching.MatchOutcome.Matched, Best: { AdviceId: var toShow } } && toShow != ShownNow(state))
        {
            var named = state.EndDialog() with { Dialog = DialogIds.Advice, AdviceId = toShow, RoutineStep = null, VersionShown = false };
            return _advice.ShowPicture(next.EndDialog() with { Dialog = DialogIds.Advice, AdviceId = toShow }, named, talk == Talk.Video, decision);
        }

        if (talk is Talk.ShowMe or Talk.Video && decision.Kind == DecisionKind.Answer && decision.Advice.Outcome == BackCare.Matching.MatchOutcome.NothingFits)
        {
            return _advice.ShowPicture(next, state, talk == Talk.Video, decision);
        }

        if (aside && decision.Kind is DecisionKind.Answer or DecisionKind.AskPain && decision.Advice.Outcome == BackCare.Matching.MatchOutcome.NothingFits && !news)
        {
            return Aside(state, next, talk);
        }

        // "how do I do a hip flexor stretch at my desk?": the named stretch's version for a desk, not the desk's own tips.
        if (talk == Talk.AtDesk && NamedInstead(decision, state) is { } atDesk && _composer.HasOwnAnswer(atDesk, Talk.Easier)
            && decision.Kind == DecisionKind.Answer && decision.Withheld is null
            && !news && _advice.AboutShown(next, atDesk, Talk.Easier, decision) is { } deskVersion)
        {
            return deskVersion;
        }

        // "my company will buy me a standing desk, will it help my stiff back?": whether the thing it names helps, which
        // its own answer says; "how soon will the stretches help?" keeps the answer about time.
        if (talk == Talk.HowSoon && NamedInstead(decision, state) is not null && decision.Kind == DecisionKind.Answer && !news
            && !SaysAnyOf(key, WordsOfTime))
        {
            talk = Talk.None;
        }

        // "what's the dead bug? sounds like something from the office kitchen": the move it names, which has no desk
        // version, rather than the desk's own tips.
        if (talk == Talk.AtDesk && NamedInstead(decision, state) is not null && decision.Kind == DecisionKind.Answer && !news)
        {
            talk = Talk.None;
        }

        // "does stretching even do anything for back pain?" said first: answered, then the pain question.
        if (TalkKinds.OutranksAdvice(talk) && !aside && decision.Kind == DecisionKind.AskPain && !decision.AskAgain && decision.Withheld is null && !news
            && talk is not (Talk.AtDesk or Talk.Equipment or Talk.RoutineList))
        {
            return _followUp.Ask(next, decision, _composer.SmallTalk(talk));
        }

        // "but the title says lower back stretches" while the pain question waits: answered, and the question waits.
        if (TalkKinds.OutranksAdvice(talk) && aside && decision.Kind == DecisionKind.AskPain && decision.Withheld is null && !news)
        {
            return Aside(state, next, talk);
        }

        if (!news && TalkBesideDecision(next, talk, decision) is { } besideDecision)
        {
            return besideDecision;
        }

        if (TalkKinds.OutranksAdvice(talk) && decision.Kind == DecisionKind.Answer && decision.Withheld is null && !news
            && !BackCare.Matching.AdviceSafety.WithholdsExercises(decision.Triage))
        {
            var keepPlace = state.Dialog is DialogIds.Advice or DialogIds.Routine ? next : next.EndDialog();
            var said = _composer.SmallTalk(talk);
            // "the windmill thing - do I need a kettlebell?": the answer is about the move it names, which stays on screen.
            // "sit stand desk - does it actually help or is it hype": the same, for the item it names.
            if (talk is Talk.Equipment or Talk.DoesItWork or Talk.IsItSafe && NamedInstead(decision, state) is { } named)
            {
                return new TurnResult(DialogIds.SmallTalk, next.EndDialog() with { Dialog = DialogIds.Advice, AdviceId = named }, [said with { Advice = new AdviceDecision(named, null) }]);
            }

            return new TurnResult(DialogIds.SmallTalk, keepPlace, [said]);
        }

        // "which of the five are OK for me?", "which stretches are ok then?" at 26 weeks: which of them suit a pregnancy,
        // after the caution, not one stretch's steps.
        if (talk == Talk.BestOne && decision.Pregnant && decision.Kind == DecisionKind.Answer && decision.Withheld is null && !news
            && !BackCare.Matching.AdviceSafety.WithholdsExercises(decision.Triage) && NamedInstead(decision, state) is null)
        {
            var keep = state.Dialog is DialogIds.Advice or DialogIds.Routine ? next : next.EndDialog();
            return new TurnResult(DialogIds.SmallTalk, keep, [_composer.PregnancyPick()]);
        }

        // "cool what else" under a stretch asks for the next one, and "that's not what I asked, step by step" for its
        // steps: neither is only an "ok" or a complaint.
        if (talk is Talk.Acknowledge or Talk.Complaint && state.Dialog == DialogIds.Advice && _advice.IsFollowUp(key))
        {
            talk = Talk.None;
        }

        // "no, it's been like this for years" to a screening question with nothing asked before it: heard, not the fallback.
        if (state.Dialog == DialogIds.Screening && state.ScreeningAsked is { } answeredNo && decision.Screened.Contains(answeredNo)
            && !state.Context.ScreenedConcepts.Contains(answeredNo) && decision.Kind == DecisionKind.Answer
            && decision.Advice.Outcome == BackCare.Matching.MatchOutcome.NothingFits && !news)
        {
            return new TurnResult(DialogIds.SmallTalk, next.EndDialog(), [_composer.ScreeningCleared()]);
        }

        // "how often should I keep doing it?" with no stretch on screen and no question waiting: what the article says
        // of all of them. (While the bot waits for how long the pain has lasted, "not sure how long" is that answer.)
        if (talk is Talk.HoldTime or Talk.HowOften or Talk.HowMany && state.Dialog is not (DialogIds.Advice or DialogIds.Routine or DialogIds.TriageFollowUp)
            && state.Asked == BackCare.Triage.MissingPainFacts.None && decision.Kind == DecisionKind.Answer
            && decision.Advice.Outcome == BackCare.Matching.MatchOutcome.NothingFits && !news)
        {
            return new TurnResult(DialogIds.SmallTalk, next.EndDialog(), [_composer.SmallTalk(talk)]);
        }

        if (TalkKinds.IsSmallTalk(talk) && decision.Kind == DecisionKind.Answer && decision.Advice.Outcome == BackCare.Matching.MatchOutcome.NothingFits && !news)
        {
            // Small talk keeps the place too, so a question about the stretch on screen can follow.
            var keep = state.Dialog is DialogIds.Advice or DialogIds.Routine ? next : next.EndDialog();
            var said = _composer.SmallTalk(talk);
            return new TurnResult(DialogIds.SmallTalk, keep, [said]);
        }

        // "she hates yoga though" under a stretch: nothing fits once yoga is turned down, so the next stretch that isn't.
        if (state.Dialog == DialogIds.Advice && decision.Kind == DecisionKind.Answer && decision.Asked.Declined.Count > 0
            && decision.Advice.Outcome == BackCare.Matching.MatchOutcome.NothingFits && !news
            && _advice.Continue(next, NextStretchKey, decision) is { } another)
        {
            return another;
        }

        // "I'm not getting on the floor in front of everyone lol", "wait, the floor is fine at home": a position turned
        // down or allowed again, said on its own, is heard: the next move that fits now, not the fallback.
        if (talk == Talk.None && decision.Kind == DecisionKind.Answer && decision.Advice.Outcome == BackCare.Matching.MatchOutcome.NothingFits
            && !news && decision.Withheld is null && !BackCare.Matching.AdviceSafety.WithholdsExercises(decision.Triage)
            && (decision.Asked.RulesOut.Except(state.RuledOut).Any() || decision.Asked.RulesIn.Count > 0)
            && PositionHeard(state, next, decision) is { } fits)
        {
            return fits;
        }

        var inContext = state.Dialog switch
        {
            DialogIds.Advice => _advice.Continue(next, key, decision),
            DialogIds.Disambiguation => _disambiguation.Continue(next, key, decision),
            _ => null,
        };
        if (inContext is not null)
        {
            return inContext;
        }

        if (state.Dialog is not (DialogIds.Advice or DialogIds.Routine) && (state.Announced is null || state.Announced.Level == BackCare.Triage.TriageLevel.SelfCare) && decision.Kind == DecisionKind.Answer
            && decision.Advice.Outcome == BackCare.Matching.MatchOutcome.NothingFits && !news && _advice.IsFollowUp(key))
        {
            // "Something else" or "how?" with nothing on screen to follow: the topics to choose from; after a
            // self-care decision, what to do meanwhile, which already holds the stretches.
            return state.Announced is { Level: BackCare.Triage.TriageLevel.SelfCare } selfCare
                ? new TurnResult(DialogIds.Triage, next.EndDialog(), [_composer.AfterDecision(Talk.Meanwhile, selfCare.Level, selfCare.Reasons)])
                : new TurnResult(DialogIds.Help, next.EndDialog(), [_composer.Help()]);
        }

        if (talk is Talk.RoutineNext or Talk.RoutineSkip or Talk.RoutineStop && state.Dialog == DialogIds.Advice
            && decision.Kind == DecisionKind.Answer && decision.Advice.Outcome == BackCare.Matching.MatchOutcome.NothingFits && !news)
        {
            // "skip" or "next" after one stretch asks for another; "done. feels a bit better" is an "ok", and the
            // stretch stays on screen.
            return talk == Talk.RoutineSkip || key.StartsWith("next", StringComparison.Ordinal) || key.StartsWith("nxt", StringComparison.Ordinal)
                || key.EndsWith(" next", StringComparison.Ordinal) || key.EndsWith(" nxt", StringComparison.Ordinal)
                || key.EndsWith("next one", StringComparison.Ordinal) || key.Contains("next stretch", StringComparison.Ordinal)
                ? _advice.Continue(next, NextStretchKey, decision) ?? new TurnResult(DialogIds.SmallTalk, next, [_composer.SmallTalk(Talk.Acknowledge)])
                : new TurnResult(DialogIds.SmallTalk, next, [_composer.SmallTalk(Talk.Acknowledge)]);
        }

        // "oh I should say I'm 28 weeks pregnant", nothing else: the caution, not the fallback.
        // "she's about 32 weeks", said after the pregnancy: the caution again, for how far along she is.
        if (decision.Kind == DecisionKind.Answer && decision.MessageFacts.Pregnant
            && decision.Advice.Outcome == BackCare.Matching.MatchOutcome.NothingFits && !news)
        {
            // Under a check already told ("back pain for 3 weeks", then "oh and I'm 30 weeks pregnant"), the check stands.
            return decision.Triage is { Status: BackCare.Triage.TriageStatus.Decided, Level: not null } standing
                ? new TurnResult(DialogIds.Triage, next.EndDialog(), [_composer.PregnancyNoted() with { Suggestions = [] }, _composer.ToldBefore(standing)])
                : new TurnResult(DialogIds.SmallTalk, next.EndDialog(), [_composer.PregnancyNoted()]);
        }

        // "actually stop, boss is coming" with no routine running: a goodbye, not the fallback.
        if (talk == Talk.RoutineStop && decision.Kind == DecisionKind.Answer && decision.Advice.Outcome == BackCare.Matching.MatchOutcome.NothingFits && !news)
        {
            return new TurnResult(DialogIds.SmallTalk, next.EndDialog(), [_composer.SmallTalk(Talk.Goodbye)]);
        }

        // A bare "yes" or "no" with no question waiting (the bot asked nothing): taken as an "ok", not as a failed question.
        if (decision.Kind == DecisionKind.Answer && decision.Advice.Outcome == BackCare.Matching.MatchOutcome.NothingFits && !news
            && state.Dialog is not (DialogIds.TriageFollowUp or DialogIds.Screening or DialogIds.Disambiguation) && BareYesOrNo.Contains(key))
        {
            // Under a check already told, the check is what an "ok" acknowledges: it stays on the reply.
            return state.Announced is { } acknowledged && decision.Triage.Level is not null
                ? new TurnResult(DialogIds.Triage, next.EndDialog(), [_composer.AfterDecision(Talk.Acknowledge, acknowledged.Level, acknowledged.Reasons)])
                : new TurnResult(DialogIds.SmallTalk, next, [_composer.SmallTalk(Talk.Acknowledge)]);
        }

        var answer = decision.Kind switch
        {
            DecisionKind.OutOfScope => new TurnResult(DialogIds.OutOfScope, next.EndDialog(), [_composer.OutOfScope()]),
            DecisionKind.AskPain => _followUp.Ask(next, decision),
            _ => _decisions.Respond(next, decision, ComparisonWords.Compares(key), AsksSomething(key, text)),
        };

        // "how long do I hold the hamstring stretch?" answered with its card: "and for the hip flexor?" may follow.
        if (talk is Talk.HoldTime or Talk.HowOften or Talk.HowMany && answer.DialogId == DialogIds.Advice && answer.State is { } cardShown)
        {
            answer = answer with { State = cardShown with { LastQuestion = talk } };
        }

        // "is stiffness after sitting something serious?? i'm freaking out": the worry answered first, then the advice.
        return talk is Talk.Scared or Talk.IsItSerious && decision.Kind == DecisionKind.Answer && decision.Triage.Level is null && !news
            && decision.Advice.Outcome == BackCare.Matching.MatchOutcome.Matched
            ? answer with { Replies = [_composer.SmallTalk(talk) with { Suggestions = [] }, .. answer.Replies] }
            : answer;
    }

    /// <summary>
    /// The guided routine: started (or resumed where it was paused) by asking for it, moved on by Next or Skip,
    /// paused by Stop. Its steps are exercises, so a decision that withholds exercises speaks instead.
    /// </summary>
    /// <param name="key">The message as a phrase key: "ok did the glute one. next" within the routine is its "next".</param>
    /// <param name="numbered">A stretch of the routine asked for by its number ("number 3 again"), zero-based.</param>
    private TurnResult? Routine(DialogState state, DialogState next, Talk talk, TurnDecision decision, string key, int? numbered = null)
    {
        var inRoutine = state.Dialog == DialogIds.Routine && state.RoutineStep is not null;
        var steps = _composer.RoutineLength;
        int? step = numbered ?? talk switch
        {
            // "which yoga poses do the experts suggest?" asks about the poses, not for the routine.
            Talk.RoutineStart when NamedInstead(decision, state) is not null && !inRoutine && !key.Contains("routine", StringComparison.Ordinal) => null,
            Talk.RoutineStart => state.RoutineStep is { } paused && paused < steps ? paused : 0,
            // "I'm back" with the routine paused: it carries on from where it stopped.
            Talk.Returning when state.Dialog is null && state.RoutineStep is { } paused && paused < steps => paused,
            Talk.RoutineRestart => 0,
            Talk.RoutineNext or Talk.RoutineSkip when inRoutine => NextNotDeclined(state.RoutineStep!.Value + 1, next),
            // "next" right after "stop" carries on from where the routine was paused.
            Talk.RoutineNext when state.Dialog is null && state.RoutineStep is { } paused && paused < steps => paused,
            // "ok did the glute one. next" within the routine is its "next".
            Talk.None when inRoutine && (key.EndsWith(" next", StringComparison.Ordinal) || key.EndsWith(" next one", StringComparison.Ordinal)) => state.RoutineStep + 1,
            Talk.RoutineStop when inRoutine => -1,
            // "ok cancel the routine" after a referral stopped it mid-way: stopped for good.
            Talk.RoutineStop when state.RoutineStep is not null && state.Announced is not null => -1,
            Talk.Repeat when inRoutine => state.RoutineStep,
            // "Start" or "ready" with nothing running: the routine from its first stretch.
            Talk.RoutineNext when state.Dialog is null && state.RoutineStep is null && StartsSomething(key) => 0,
            // "wait go back to the hamstring one": the step it names; otherwise the one before, the first staying first.
            Talk.RoutineBack when inRoutine && NamedInstead(decision, state) is { } namedMove && RoutineIndexOf(namedMove) is { } namedStep => namedStep,
            Talk.RoutineBack when inRoutine => Math.Max(0, state.RoutineStep!.Value - 1),
            _ => null,
        };
        // "done my back in" is pain to ask about, not the routine's "done".
        var painSaid = decision.Kind == DecisionKind.AskPain && talk is not (Talk.RoutineStart or Talk.RoutineRestart) && numbered is null;
        if (step is null || painSaid || decision.Kind is not (DecisionKind.Answer or DecisionKind.AskPain))
        {
            return null;
        }

        if (decision.Withheld is not null || BackCare.Matching.AdviceSafety.WithholdsExercises(decision.Triage))
        {
            // "ok cancel the routine" after sharp pain stopped it: stopped, and the rest waits for the check.
            if (step == -1 && decision.Triage.Level is { } level)
            {
                return new TurnResult(DialogIds.Triage, next.EndDialog() with { RoutineStep = null }, [_composer.AfterDecision(Talk.RoutineStop, level, decision.Triage.Reasons)]);
            }

            return decision.Triage.Level is null ? null : new TurnResult(DialogIds.Triage, next.EndDialog(), [_composer.ToldBefore(decision.Triage)]);
        }

        if (step == -1)
        {
            return new TurnResult(DialogIds.Routine, next.EndDialog() with { RoutineStep = state.RoutineStep }, [_composer.RoutineStopped(state.RoutineStep!.Value)]);
        }

        if (step >= steps)
        {
            return new TurnResult(DialogIds.Routine, next.EndDialog() with { RoutineStep = null }, [_composer.RoutineDone()]);
        }

        // "wait how long was the first one again": answered about that stretch, and the routine keeps its place.
        if (numbered is not null && inRoutine && AskedAboutAStep(key, talk) is { } question
            && _composer.RoutineAdvice(step) is { } asked && _advice.AboutShown(next, asked, question, decision) is { } about)
        {
            return about;
        }

        // "ok what's the first one" with the first one on screen: pointed to, not shown again word for word.
        if (inRoutine && step == state.RoutineStep && talk == Talk.RoutineStart && _composer.RoutineAdvice(step) is { } onScreen
            && _knowledge.TryGet(onScreen, out var shownEntry))
        {
            return new TurnResult(DialogIds.Routine, next.EndDialog() with { Dialog = DialogIds.Routine, RoutineStep = step }, [_composer.OnScreen(shownEntry, []) with { Suggestions = _composer.RoutineActions(step.Value) }]);
        }

        var reply = _composer.RoutineStep(step.Value, decision.Pregnant, next.RuledOut);
        return new TurnResult(DialogIds.Routine, next.EndDialog() with { Dialog = DialogIds.Routine, RoutineStep = step }, [reply]);
    }

    /// <summary>The routine's step that shows <paramref name="adviceId"/>, or null when it is none of them.</summary>
    private int? RoutineIndexOf(string adviceId)
    {
        for (var index = 0; index < _composer.RoutineLength; index++)
        {
            if (_composer.RoutineStepAdvice(index) == adviceId)
            {
                return index;
            }
        }

        return null;
    }

    /// <summary>"and for the hip flexor?", "what about the dead bug": a short message that asks the last question again of another.</summary>
    private static bool AsksTheSameOf(string key) =>
        key.AsSpan().Count(' ') < 7 && (SameQuestionOpenings.Any(opening => key.StartsWith(opening, StringComparison.Ordinal))
            // "and the hip flexor one?": the one named, asked the same; "the hip flexor stretch" alone asks for the stretch.
            || (key.StartsWith("the ", StringComparison.Ordinal) && key.EndsWith(" one", StringComparison.Ordinal)));

    // The phrase key has lost a leading "and": "and for the hip flexor?" reads "for the hip flexor".
    private static readonly string[] SameQuestionOpenings = ["for ", "what about ", "how about ", "same for ", "same with "];

    /// <summary>The decision standing in the conversation is crisis lines.</summary>
    private static bool CrisisStands(DialogState state) =>
        state.Announced?.Reasons.Contains(BackCare.Triage.TriageAssessor.CrisisReason) == true;

    /// <summary>Words that leave a "not like that" open: the person isn't sure they are safe.</summary>
    private static readonly string[] Ambivalent = ["maybe", "dont know", "idk", "not sure", "i guess", "sort of", "kind of", "kinda", "sometimes", "perhaps", "possibly"];

    /// <summary>Words of someone who does not know the answer to the pain question.</summary>
    private static readonly string[] UnsureWords = ["dunno", "not sure", "no idea", "idk", "cant remember", "can't remember", "a while", "hard to say", "not really sure"];

    /// <summary>A whole message that only says yes or no.</summary>
    private static readonly HashSet<string> BareYesOrNo = new(StringComparer.Ordinal)
    {
        "yes", "yeah", "yep", "yup", "ya", "yea", "sure", "no", "nope", "nah", "no thanks", "not really", "yes please",
    };

    /// <summary>
    /// The routine's next step from <paramref name="step"/> on whose advice the person has not turned down, nor needs a
    /// position they can't take with no version without it.
    /// </summary>
    private int NextNotDeclined(int step, DialogState next)
    {
        while (step < _composer.RoutineLength && _composer.RoutineAdvice(step) is { } advice
            && (next.Declined.Contains(advice) || _advice.LeftOut(advice, next)))
        {
            step++;
        }

        return step;
    }

    /// <summary>A question about one of the routine's stretches by its number ("how long was the first one?").</summary>
    private static Talk? AskedAboutAStep(string key, Talk talk) =>
        talk is Talk.HoldTime or Talk.HowOften or Talk.HowMany or Talk.IsItSafe or Talk.WhichSide or Talk.Easier ? talk
        : key.Contains("how long", StringComparison.Ordinal) ? Talk.HoldTime
        : key.Contains("how often", StringComparison.Ordinal) ? Talk.HowOften
        : key.Contains("how many", StringComparison.Ordinal) ? Talk.HowMany
        : null;

    /// <summary>"start", "ready", "let's go": a message that starts the routine when nothing runs.</summary>
    private static bool StartsSomething(string key) => key is "start" or "ready" or "lets go" or "go" or "im ready";

    /// <summary>Words that make "what is ..." a question about advice rather than about a word: "what is the best stretch".</summary>
    private static readonly string[] NotAWord = ["best", "top", "good", "help", "helps", "recommend", "should", "quickest", "easiest", "next", "first", "point", "difference"];

    /// <summary>A question, or one put as a protest: "can't I just go to my GP on monday".</summary>
    private static bool AsksSomething(string key, string? text) =>
        QuestionWords.IsQuestion(key, text) || ProtestOpeners.Any(opener => key.StartsWith(opener, StringComparison.Ordinal));

    private static readonly string[] ProtestOpeners = ["cant i ", "couldnt i ", "shouldnt i ", "wont it ", "isnt it ", "doesnt it "];

    /// <summary>A short "what is X?" that asks what a word means.</summary>
    private static bool AsksForAWord(string key) =>
        key.AsSpan().Count(' ') < 10 && !key.Split(' ').Any(word => NotAWord.Contains(word));

    /// <summary>The follow-up "What's the next stretch?" as a phrase key, for "skip" and "next" after one stretch.</summary>
    private static readonly string NextStretchKey = PhraseKey.Of("what's the next stretch");

    /// <summary>
    /// A position turned down or allowed again: the next stretch not shown yet, in its version without what is ruled
    /// out; with none on screen to go on from, the moves that need none of it. Null when there is nothing to show.
    /// </summary>
    private TurnResult? PositionHeard(DialogState state, DialogState next, TurnDecision decision)
    {
        var from = state.AdviceId ?? (state.Shown.Count > 0 ? state.Shown[^1] : null);
        if (from is not null
            && _advice.Continue(next with { Dialog = DialogIds.Advice, AdviceId = from }, NextStretchKey, decision) is { } another)
        {
            return another;
        }

        return _composer.MovesWithout(next.RuledOut) is { } without
            ? new TurnResult(DialogIds.SmallTalk, next.EndDialog(), [without])
            : null;
    }

    /// <summary>How clearly a question must name another piece of advice to be about it rather than the one on screen.</summary>
    private const double NamedScore = 0.6;

    /// <summary>How well advice must fit a question said beside an all-clear for it to be answered too.</summary>
    private const double ClearedBesideScore = 0.5;

    /// <summary>
    /// "is there an easier version of the hamstring one?" with the hip flexor stretch on screen is about the hamstring
    /// stretch: a question that clearly names other advice is about that advice (outside the routine, whose place it keeps).
    /// </summary>
    /// <remarks>
    /// In the routine only another of its own moves is named instead ("how long do I hold the hamstring one?" on the
    /// glute step): a word of the step on screen ("with a ball?") stays about the step.
    /// </remarks>
    private string? NamedInstead(TurnDecision decision, DialogState state) =>
        decision.Advice is { Outcome: BackCare.Matching.MatchOutcome.Matched, Best: { } best } && best.Score >= NamedScore
            && (state.Dialog != DialogIds.Routine || (best.AdviceId != ShownNow(state) && IsRoutineMove(best.AdviceId)))
            ? best.AdviceId
            : null;

    /// <summary>
    /// The advice a question about the one shown names instead, if any. "could I do it standing, holding onto my desk?"
    /// under a stretch is about that stretch: the desk it names is where, not another piece of advice to make easier.
    /// </summary>
    private string? NamedAbout(Talk talk, TurnDecision decision, DialogState state, string shown) =>
        talk == Talk.Arching || NamedInstead(decision, state) is not { } named ? null
        : talk == Talk.Easier && IsExercise(shown) && !IsExercise(named) ? null
        : named;

    private bool IsRoutineMove(string adviceId) => RoutineIndexOf(adviceId) is not null;

    private bool IsExercise(string adviceId) => _knowledge.TryGet(adviceId, out var entry) && entry.Kind == BackCare.Knowledge.AdviceKind.Exercise;

    /// <summary>
    /// "is downward dog the tent one?" told in short while the pain question waits, then "how long do I stay in it": the
    /// stretch that waits is the one "it" means, not the card shown before it.
    /// </summary>
    private static string? WaitingStretch(DialogState state) => state.Dialog == DialogIds.TriageFollowUp ? state.Deferred : null;

    /// <summary>The advice on screen: the one just shown, or the routine's current stretch.</summary>
    private string? ShownNow(DialogState state) => state.Dialog switch
    {
        DialogIds.Advice => state.AdviceId,
        DialogIds.Routine => _composer.RoutineAdvice(state.RoutineStep),
        _ => null,
    };

    /// <summary>
    /// Small talk, or a question with an answer of its own ("what do I tell the physio?"), while the bot waits for an
    /// answer about the pain.
    /// </summary>
    private bool IsAside(DialogState state, Talk talk) =>
        // The question may still wait under an answer given beside it ("how often?" answered, then "cheers").
        (state.Dialog == DialogIds.TriageFollowUp || state.Asked != BackCare.Triage.MissingPainFacts.None)
        && (TalkKinds.IsAnsweredOnItsOwn(talk) || (TalkKinds.IsAboutTheDecision(talk) && !TalkKinds.AssumesAReferral(talk) && _composer.HasGeneralAnswer(talk))
            // "how often should I do it?" while how long it has hurt waits: the article's answer, and the question after
            // ("how long?" stays an answer, or a question about the question, not an aside).
            || (talk is Talk.HowOften or Talk.HowMany && _composer.HasGeneralAnswer(talk)));

    /// <summary>
    /// A question of its own while the pain question waits, answered and the question asked again, its count of failed
    /// answers untouched: "How do I do it?" tapped under the advice gets the steps; a question the bot cannot answer
    /// ("should I buy bitcoin?") gets what it can help with, so that no one is sent to a doctor for changing the subject.
    /// </summary>
    private TurnResult? QuestionAside(DialogState state, string? text, string key, Talk talk, TurnDecision decision)
    {
        // "dunno, a while?": not a failed answer, and not a question of its own; a rough answer is enough.
        if (UnsureWords.Any(word => $" {key} ".Contains($" {word} ", StringComparison.Ordinal)))
        {
            return new TurnResult(DialogIds.TriageFollowUp, state, [_composer.QuestionWhenUnsure(state.Asked)]);
        }

        var question = _composer.Question(state.Asked, again: false, caution: false);
        if (state.AdviceId is not null && _advice.IsFollowUp(key)
            && _advice.Continue(state with { Dialog = DialogIds.Advice }, key, decision) is { } followUp)
        {
            return new TurnResult(followUp.DialogId, state, [.. followUp.Replies, question]);
        }

        return talk == Talk.None && QuestionWords.IsQuestion(key, text)
            ? new TurnResult(DialogIds.Fallback, state, [_composer.Fallback(), question])
            : null;
    }

    /// <summary>
    /// Small talk answered while the pain question waits: a goodbye ends it; anything else is answered and the
    /// question asked once more, its count of failed answers untouched.
    /// </summary>
    private TurnResult Aside(DialogState state, DialogState next, Talk talk)
    {
        if (talk == Talk.Goodbye)
        {
            return new TurnResult(DialogIds.SmallTalk, next.EndDialog(), [_composer.SmallTalk(talk)]);
        }

        var waiting = next with { Dialog = DialogIds.TriageFollowUp, Asked = state.Asked, Reasks = state.Reasks };
        var question = _composer.Question(state.Asked, again: false, caution: false);
        // A plain "ok" or a thumbs-up right after the question needs no answer of its own: the question is the next
        // step. Later on ("cheers mate" after a stretch's answer), the thanks is heard and the question waits unasked;
        // so does a thanks at any time ("done. thank you"), which closes rather than answers.
        if ((state.Dialog != DialogIds.TriageFollowUp || state.QuestionRepeated || talk == Talk.Thanks) && talk is Talk.Acknowledge or Talk.Thanks)
        {
            return new TurnResult(DialogIds.SmallTalk, waiting with { Dialog = state.Dialog }, [_composer.SmallTalk(talk)]);
        }

        // Asked again once beside an answer already: answered, and the question waits without a third asking.
        if (state.QuestionRepeated)
        {
            return new TurnResult(DialogIds.TriageFollowUp, waiting with { QuestionRepeated = true }, [_composer.SmallTalk(talk)]);
        }

        // A plain "ok" gets the question alone; anything else its answer with the question asked again beside it, once.
        return talk == Talk.Acknowledge
            ? new TurnResult(DialogIds.TriageFollowUp, waiting, [question])
            : new TurnResult(DialogIds.TriageFollowUp, waiting with { QuestionRepeated = true }, [_composer.SmallTalk(talk), question]);
    }

    /// <summary>Crisis lines first; told again in full only when it is news, briefly after that.</summary>
    private TurnResult Crisis(DialogState next, TurnDecision decision, Talk talk)
    {
        var toldBefore = CrisisStands(next);
        var before = toldBefore ? next.AnnouncedBeforeCrisis : next.Announced;
        var state = next.EndDialog() with { Announced = State.AnnouncedTriage.From(decision.Triage), CrisisLinesGiven = true, AnnouncedBeforeCrisis = before };
        // "¿y para la espalda qué hago?" after the lines: the back asked about, as "can we talk about my back now".
        if (toldBefore && talk == Talk.Meanwhile && !decision.MessageFacts.Crisis)
        {
            talk = Talk.BackTalk;
        }

        // "can we just talk about the stretches?" is answered the same way: the person chose the subject, the lines
        // stay close, and the first stretch shown comes with them again.
        if (toldBefore && talk is Talk.SaysSafe or Talk.BackTalk && !decision.MessageFacts.Crisis)
        {
            // "I'm safe, it was a figure of speech", after the lines were given: answered warmly, lines kept, and the
            // conversation may go back to the back. New crisis words bring the lines straight back.
            // What was decided before the crisis lines stands again, as already told.
            state = next.EndDialog() with { Facts = StoredPainFacts.From(decision.Facts with { Crisis = false }), Announced = before, AnnouncedBeforeCrisis = null, CrisisLinesGiven = true, CheckInOwed = true };
        }

        // "can you just show me a stretch or something", after the lines: the stretches wait, said warmly, not the
        // lines again word for word.
        if (toldBefore && talk is Talk.None or Talk.ShowMe or Talk.Video or Talk.Easier or Talk.BestOne
            && (decision.Asked.Outcome == BackCare.Matching.MatchOutcome.Matched || decision.Advice.Outcome == BackCare.Matching.MatchOutcome.Matched || talk != Talk.None))
        {
            talk = Talk.RoutineStart;
        }

        return new TurnResult(DialogIds.Crisis, state, [_composer.Crisis(decision.Triage, toldBefore, talk)]);
    }
}
