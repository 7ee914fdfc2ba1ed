using BackCareBot.BotFramework.Connector;
using BackCareBot.BotFramework.Logging;
using Microsoft.Extensions.Logging;

namespace BackCareBot.BotFramework.Pipeline;

/// <summary>
/// The one place a failed turn ends up: log it (without the user's words), reset the conversation so it cannot
/// fail in a loop, apologise. Its own failures are logged and turned into an outcome, never thrown.
/// </summary>
internal sealed class TurnErrorBoundary(ITurnErrorRecovery recovery, ILogger logger)
{
    public async Task<TurnOutcome> HandleAsync(ITurnContext turnContext, Exception exception, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var conversationHash = LogSafe.Hash(activity.Conversation?.Id);
        PipelineLog.TurnFailed(logger, exception, LogSafe.Token(activity.Type), LogSafe.Token(activity.ChannelId), conversationHash);

        try
        {
            await recovery.ResetConversationAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception resetError) when (resetError is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            PipelineLog.ResetFailed(logger, resetError, conversationHash);
        }

        // Another round of retries against a channel that just exhausted them would outlast the channel's timeout.
        if (exception is BotConnectorException { ChannelUnreachable: true })
        {
            PipelineLog.ApologySkipped(logger, conversationHash);
            return TurnOutcome.DeliveryFailed;
        }

        try
        {
            await turnContext.SendActivityAsync(recovery.CreateApology(turnContext), cancellationToken).ConfigureAwait(false);
            return TurnOutcome.Recovered;
        }
        catch (Exception apologyError) when (apologyError is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            PipelineLog.ApologyFailed(logger, apologyError, conversationHash);
            return apologyError is BotConnectorException ? TurnOutcome.DeliveryFailed : TurnOutcome.Failed;
        }
    }
}
