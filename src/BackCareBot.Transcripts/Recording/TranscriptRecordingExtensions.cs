using BackCareBot.BotFramework.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BackCareBot.Transcripts.Recording;

public static class TranscriptRecordingExtensions
{
    /// <summary>
    /// Records conversations when <c>Transcripts:RecordingFolder</c> is set, and does nothing otherwise. Call it before
    /// registering other middleware: middleware runs in registration order, and the recorder should see what they send.
    /// </summary>
    public static IHostApplicationBuilder AddTranscriptRecording(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(TranscriptRecordingOptions.SectionName).Get<TranscriptRecordingOptions>();
        if (string.IsNullOrWhiteSpace(options?.RecordingFolder))
        {
            return builder;
        }

        builder.Services.AddSingleton(new TranscriptFileStore(options.RecordingFolder));
        builder.Services.AddSingleton<IMiddleware, TranscriptRecorder>();
        builder.Services.AddSingleton<IConversationEraser, RecordingEraser>();
        builder.Services.AddHostedService<RecordingNotice>();
        return builder;
    }
}
