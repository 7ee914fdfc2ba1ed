namespace BackCareBot.Evaluation;

/// <summary>The thing being evaluated: the whole bot (<see cref="BotEvaluationSubject"/>) or the back-care layer alone.</summary>
internal interface IEvaluationSubject
{
    /// <summary>A new conversation that remembers nothing of earlier cases; disposed after the case when it is <see cref="IAsyncDisposable"/>.</summary>
    IEvaluationConversation StartConversation();
}
