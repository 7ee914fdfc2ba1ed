using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.Evaluation;

/// <summary>
/// Plays the decider as the dialogs do: the conversation's context kept between messages (the facts, the question
/// waiting), so that "my back hurts" then "about ten days" is understood as ten days of pain.
/// </summary>
internal sealed class BackCareEvaluationConversation(BackCareDecider decider, TimeProvider time)
    : IEvaluationConversation
{
    private ConversationContext context = ConversationContext.New;

    public ValueTask<TurnOutcome> SendAsync(string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var decision = decider.Decide(text, time.GetUtcNow(), context);
        context = new ConversationContext(
            decision.Facts,
            decision.Kind == DecisionKind.AskPain ? decision.Question : MissingPainFacts.None,
            decision.Reasks,
            decision.Unanswered,
            decision.Kind == DecisionKind.Screening ? decision.Screening?.Id : null,
            decision.Screened,
            decision.Kind == DecisionKind.Screening ? decision.Asked.Best?.AdviceId ?? context.DeferredAdvice : null);
        var advice = decision.Kind is DecisionKind.Answer or DecisionKind.AskPain
            && decision.Advice.Outcome is MatchOutcome.Matched or MatchOutcome.Ambiguous
            ? decision.Advice.Best?.AdviceId
            : null;
        var triage = decision.Triage;
        var asks = decision.Kind is DecisionKind.AskPain or DecisionKind.Screening;
        return ValueTask.FromResult(new TurnOutcome(
            advice,
            triage.Status == TriageStatus.Decided && !asks ? triage.Level : null,
            asks));
    }
}
