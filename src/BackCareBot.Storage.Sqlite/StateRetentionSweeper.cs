using BackCareBot.BotFramework.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareBot.Storage.Sqlite;

/// <summary>
/// Deletes, every hour, the state of conversations whose last turn is older than
/// <see cref="BotStateStorageOptions.Retention"/>, so stored health data does not outlive its use.
/// </summary>
internal sealed class StateRetentionSweeper(
    IStorage storage,
    IOptions<BotStateStorageOptions> options,
    TimeProvider timeProvider,
    ILogger<StateRetentionSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan SweepInterval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retention = options.Value.Retention;
        if (storage is not SqliteStorage sqlite || retention <= TimeSpan.Zero)
        {
            return;
        }

        using var timer = new PeriodicTimer(SweepInterval, timeProvider);
        do
        {
            await SweepAsync(sqlite, retention, stoppingToken).ConfigureAwait(false);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    internal async Task SweepAsync(SqliteStorage sqlite, TimeSpan retention, CancellationToken cancellationToken)
    {
        try
        {
            var deleted = await sqlite.DeleteNotUpdatedSinceAsync(timeProvider.GetUtcNow() - retention, cancellationToken).ConfigureAwait(false);
            if (deleted > 0)
            {
                StateStorageLog.Expired(logger, deleted, retention.TotalDays);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A busy or failing file must not stop the bot; the next sweep tries again.
            StateStorageLog.SweepFailed(logger, exception);
        }
    }
}
