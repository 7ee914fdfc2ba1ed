using BackCareBot.BotFramework;
using BackCareBot.Transcripts.Recording;

namespace BackCareBot.Hosting;

public static class BackCareBotTurnServices
{
    /// <summary>
    /// Everything a turn needs: the Bot Framework protocol, state storage, transcript recording (when configured),
    /// back care and the dialogs, each through its layer's own registrations. The replay command
    /// (<c>BackCareBot.Tools</c>) calls the same layers' registrations, so whatever a turn runs through in
    /// production, a replayed transcript runs through too.
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
