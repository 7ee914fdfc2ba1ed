using BackCareBot.BackCare;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Dialogs.Recognition;
using BackCareBot.Conversation.Replies;
using BackCareBot.Conversation.State;
using BackCareBot.Conversation.Wording;

namespace BackCareBot.Conversation.Dialogs;

/// <summary>
/// One message in, the replies and the conversation's next state out; no I/O, so a turn can be computed again
/// when a concurrent turn changed the state first. The order is the order of priority: commands (a greeting, help,
/// start over, forget me), then warning signs (they interrupt any dialog), then the dialog waiting for an answer
/// (a follow-up to advice, a choice), then the triage and the advice for a new message.
/// </summary>
public sealed class DialogEngine
{
    private readonly BackCareUnderstanding _understanding;
    private readonly ReplyComposer _composer;
    private readonly AdviceGate _gate;
    private readonly AdviceDialog _advice;
    private readonly DisambiguationDialog _disambiguation;
    private readonly TriageDialog _decisions;
    private readonly TriageFollowUpDialog _followUp;

    public DialogEngine(
        BackCareUnderstanding understanding, KnowledgeBase knowledge, ReplyComposer composer, ReplyWording wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        _understanding = understanding;
        _composer = composer;
        _gate = new AdviceGate(knowledge);
        _advice = new AdviceDialog(knowledge, composer, _gate, new FollowUpReader(wording.Actions));
        _disambiguation = new DisambiguationDialog(knowledge, composer, _advice, new ChoiceReader(wording.Actions));
        _decisions = new TriageDialog(knowledge, composer, _advice, _disambiguation);
        _followUp = new TriageFollowUpDialog(knowledge, composer, _advice, _decisions);
    }

    /// <param name="state">The conversation's state before this message.</param>
    /// <param name="text">The message, with any mention of the bot taken out.</param>
    /// <param name="messageTime">When the person wrote it, in their own offset where known ("since last Friday").</param>
    public TurnResult Handle(DialogState state, string? text, DateTimeOffset messageTime)
    {
        ArgumentNullException.ThrowIfNull(state);
        var key = PhraseKey.Of(text);
        switch (CommandReader.Read(key))
        {
            case Command.ForgetMe:
                return TurnResult.Forget(_composer.Forgotten());
            case Command.StartOver:
                return new TurnResult(DialogIds.StartOver, DialogState.Fresh, [_composer.StartedOver()]);
            case Command.Help:
                return new TurnResult(DialogIds.Help, state, [_composer.Help()]);
            case Command.Greeting:
                return new TurnResult(DialogIds.Welcome, state, [_composer.Welcome()]);
        }

        var understood = _understanding.Understand(text, messageTime, state.PainFacts);
        if (understood.MessageIsEmpty)
        {
            return new TurnResult(DialogIds.EmptyMessage, state, [_composer.EmptyMessage()]);
        }

        var answer = PainAnswer.Read(state, understood, key);
        var triage = TriagePolicy.Assess(answer.Facts, state.Unanswered);
        var next = state with { Facts = StoredPainFacts.From(answer.Facts) };
        if (TriagePolicy.IsWarning(triage))
        {
            return TriageDialog.Announce(next, triage, _composer);
        }

        var inContext = state.Dialog switch
        {
            DialogIds.Advice => _advice.Continue(next, key, triage),
            DialogIds.Disambiguation => _disambiguation.Continue(next, key, triage),
            _ => null,
        };
        if (inContext is not null)
        {
            return inContext;
        }

        var match = _gate.Apply(understood.MatchedAdvice, triage);
        if (TriagePolicy.WithholdsExercises(triage))
        {
            match = DoctorLevelAdvice.Keep(match, understood.MatchedAdvice, QuestionReader.IsQuestion(text));
        }

        return triage.Status == TriageStatus.NeedsFollowUp
            ? _followUp.Ask(state, next, match, answer.Answered, triage)
            : _decisions.Respond(next, match, triage);
    }
}
