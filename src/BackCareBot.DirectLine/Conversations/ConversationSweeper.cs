using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine.Conversations;

/// <summary>Deletes expired conversations on a timer, and every conversation when the host stops.</summary>
internal sealed class ConversationSweeper(
    ConversationStore store,
    IOptions<DirectLineOptions> options,
    TimeProvider timeProvider,
    ILogger<ConversationSweeper> logger) : BackgroundService
{
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        store.CloseAll(StreamEndReason.ServerStopping);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                var removed = store.SweepExpired();
                if (removed > 0)
                {
                    DirectLineLog.ConversationsExpired(logger, removed, store.Count);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
