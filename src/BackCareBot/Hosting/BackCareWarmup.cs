using BackCareBot.BotFramework.Schema;
using BackCareBot.Conversation.Channels;
using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.State;

namespace BackCareBot.Hosting;

/// <summary>
/// Runs before the server takes requests: loads and validates the content (resolving the singletons: the knowledge,
/// the rules, the wording, the emergency numbers) and runs one message with a time expression through the dialogs and
/// dresses its reply, so the date recogniser's models are built now.
/// </summary>
internal sealed partial class BackCareWarmup(
    DialogEngine dialogs,
    ReplyActivityFactory replies,
    TimeProvider timeProvider,
    ILogger<BackCareWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var turn = dialogs.Handle(DialogState.Fresh, "my lower back has been stiff and sore since last Friday", timeProvider.GetUtcNow());
        foreach (var reply in turn.Replies)
        {
            replies.Create(reply, new Activity { ChannelId = BotFramework.Schema.Channels.Webchat, Locale = "en-US" });
        }

        var elapsed = timeProvider.GetElapsedTime(started);
        Warmed(logger, elapsed.TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Back-care content loaded and understanding warmed in {ElapsedMilliseconds:F0} ms")]
    private static partial void Warmed(ILogger logger, double elapsedMilliseconds);
}
