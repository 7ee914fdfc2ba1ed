namespace BackCareBot.Evaluation;

/// <summary>One conversation with the evaluated bot; each message sees what the earlier ones said.</summary>
internal interface IEvaluationConversation
{
    ValueTask<TurnOutcome> SendAsync(string text, CancellationToken cancellationToken);
}
