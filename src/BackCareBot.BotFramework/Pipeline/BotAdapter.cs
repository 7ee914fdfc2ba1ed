using BackCareBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace BackCareBot.BotFramework.Pipeline;

/// <summary>
/// Runs a turn: the middleware in registration order, then the bot, inside one error boundary. Subclasses
/// decide where outgoing activities go.
/// </summary>
public abstract class BotAdapter
{
    private readonly IMiddleware[] _middleware;
    private readonly TurnErrorBoundary _errorBoundary;

    protected BotAdapter(IEnumerable<IMiddleware> middleware, ITurnErrorRecovery errorRecovery, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        ArgumentNullException.ThrowIfNull(errorRecovery);
        ArgumentNullException.ThrowIfNull(logger);
        _middleware = [.. middleware];
        _errorBoundary = new TurnErrorBoundary(errorRecovery, logger);
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(
        ITurnContext turnContext,
        IReadOnlyList<Activity> activities,
        CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Never throws for a failure of the bot or the channel; a cancelled request still cancels.</summary>
    protected async Task<TurnOutcome> RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(callback);
        try
        {
            await RunMiddlewareAsync(0, turnContext, callback, cancellationToken).ConfigureAwait(false);
            return TurnOutcome.Completed;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return await _errorBoundary.HandleAsync(turnContext, exception, cancellationToken).ConfigureAwait(false);
        }
    }

    private Task RunMiddlewareAsync(int index, ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken) =>
        index == _middleware.Length
            ? callback(turnContext, cancellationToken)
            : _middleware[index].OnTurnAsync(
                turnContext,
                next => RunMiddlewareAsync(index + 1, turnContext, callback, next),
                cancellationToken);
}
