using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.State;

namespace BackCareBot.Hosting;

/// <summary>
/// Runs before the server takes requests: loads and validates the content (resolving the singletons) and runs one
/// message with a time expression through the dialogs, so the date recogniser's models are built now.
/// </summary>
internal sealed partial class BackCareWarmup(
    DialogEngine dialogs,
    TimeProvider timeProvider,
    ILogger<BackCareWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        dialogs.Handle(DialogState.Fresh, "my lower back has been stiff and sore since last Friday", timeProvider.GetUtcNow());
        var elapsed = timeProvider.GetElapsedTime(started);
        Warmed(logger, elapsed.TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Back-care content loaded and understanding warmed in {ElapsedMilliseconds:F0} ms")]
    private static partial void Warmed(ILogger logger, double elapsedMilliseconds);
}
