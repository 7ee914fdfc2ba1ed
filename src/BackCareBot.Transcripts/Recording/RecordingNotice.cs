using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Transcripts.Recording;

/// <summary>Says at startup that conversations are being recorded, so it is never on by accident without anyone knowing.</summary>
internal sealed partial class RecordingNotice(TranscriptFileStore store, ILogger<RecordingNotice> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        Recording(logger, store.Folder);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 6000, Level = LogLevel.Warning,
        Message = "Recording every conversation to {Folder}: the files hold what people wrote about their health; keep them private and delete them when done")]
    private static partial void Recording(ILogger logger, string folder);
}
