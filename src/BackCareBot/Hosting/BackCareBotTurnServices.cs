using BackCareBot.BotFramework;
using BackCareBot.Transcripts.Recording;

namespace BackCareBot.Hosting;

public static class BackCareBotTurnServices
{
    /// <summary>
    /// Everything a turn needs: the Bot Framework protocol, state storage, transcript recording (when configured),
    /// back care and the dialogs. The host and the replay command both use this one list, so whatever a turn runs
    /// through in production, a replayed transcript runs through too.
    /// </summary>
    public static IHostApplicationBuilder AddBackCareBotTurns(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddBotFramework();
        builder.AddBotStateStorage();
        builder.AddTranscriptRecording();
        builder.AddBackCareBot();
        return builder;
    }
}
