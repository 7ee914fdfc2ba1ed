using BackCareBot.BackCare.Decisions;

namespace BackCareBot.Evaluation;

/// <summary>Evaluates the back-care layer on its own: the decisions the dialogs route and word.</summary>
internal sealed class BackCareEvaluationSubject(BackCareDecider decider, TimeProvider time) : IEvaluationSubject
{
    public IEvaluationConversation StartConversation() => new BackCareEvaluationConversation(decider, time);
}
