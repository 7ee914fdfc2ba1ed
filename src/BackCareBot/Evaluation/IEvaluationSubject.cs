namespace BackCareBot.Evaluation;

/// <summary>The thing being evaluated: the back-care layer today, the whole bot behind its endpoint later.</summary>
internal interface IEvaluationSubject
{
    /// <summary>A new conversation that remembers nothing of earlier cases.</summary>
    IEvaluationConversation StartConversation();
}
