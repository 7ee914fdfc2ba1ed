using BackCareBot.BackCare;

namespace BackCareBot.Evaluation;

/// <summary>Evaluates the back-care layer on its own: the decisions the dialogs will act on.</summary>
internal sealed class BackCareEvaluationSubject(BackCareUnderstanding understanding, TimeProvider time) : IEvaluationSubject
{
    public IEvaluationConversation StartConversation() => new BackCareEvaluationConversation(understanding, time);
}
