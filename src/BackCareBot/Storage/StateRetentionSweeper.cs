using BackCareBot.BotFramework.Storage;
using Microsoft.Extensions.Options;

namespace BackCareBot.Storage;

/// <summary>
/// Deletes, every hour, the state of conversations whose last turn is older than
/// <see cref="StateStorageOptions.Retention"/>, on whichever store is configured, so stored health data does not
/// outlive its use. With several instances each sweeps; a store deletes only what is still as old as it was listed.
/// </summary>
internal sealed class StateRetentionSweeper(
    IStorage storage,
    IOptions<StateStorageOptions> options,
    TimeProvider timeProvider,
    ILogger<StateRetentionSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retention = options.Value.Retention;
        if (retention <= TimeSpan.Zero)
        {
            return;
        }

        if (storage is not IExpiringStorage expiring)
        {
            // Only a store registered by hand gets here; saying so beats keeping health data past its time in silence.
            StateStorageLog.RetentionUnsupported(logger, storage.GetType().Name);
            return;
        }

        using var timer = new PeriodicTimer(SweepInterval, timeProvider);
        do
        {
            await SweepAsync(expiring, retention, stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    internal async Task SweepAsync(IExpiringStorage expiring, TimeSpan retention, CancellationToken cancellationToken)
    {
        try
        {
            var deleted = await expiring.DeleteNotUpdatedSinceAsync(timeProvider.GetUtcNow() - retention, cancellationToken).ConfigureAwait(false);
            if (deleted > 0)
            {
                StateStorageLog.Expired(logger, deleted, retention.TotalDays);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A busy or failing store must not stop the bot; the next sweep tries again.
            StateStorageLog.SweepFailed(logger, exception);
        }
    }
}
