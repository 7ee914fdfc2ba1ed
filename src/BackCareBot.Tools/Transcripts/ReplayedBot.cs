using BackCareBot.BackCare;
using BackCareBot.BotFramework;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Conversation;
using BackCareBot.Conversation.Channels;
using BackCareBot.Transcripts.Recording;
using BackCareBot.Transcripts.Replay;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackCareBot.Transcripts;

/// <summary>
/// BackCareBot as the host composes a turn, for replaying one transcript: the same layers' registrations as the host's
/// <c>AddBackCareBotTurns</c> (no configuration files, so no credentials and no recording unless asked), with fresh
/// in-memory state and the replay clock. Keep it in step with <c>AddBackCareBotTurns</c>.
/// </summary>
internal static class ReplayedBot
{
    /// <summary>BackCareBot's decision entities, compared whenever a transcript's bot activity carries them.</summary>
    public static ReplayOptions Options { get; } = new()
    {
        Entities =
        [
            new ComparedEntity(DecisionEntities.TriageType, ["level", "reasons"]),
            new ComparedEntity(DecisionEntities.AdviceType, ["id", "score"]),
        ],
    };

    /// <param name="settings">Configuration besides the dialogs folder, e.g. a recording folder in tests.</param>
    public static IReplayTarget Create(string dialogsPath, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection([
            .. settings ?? [],
        ]);
        builder.AddBotFramework();

        // Every transcript starts from nothing stored, and leaves nothing behind.
        builder.Services.AddSingleton<IStorage, MemoryStorage>();
        builder.AddTranscriptRecording();
        builder.Services.AddBackCare(dialogsPath);
        builder.Services.AddBackCareConversation();

        var clock = new ReplayClock();
        builder.Services.RemoveAll<TimeProvider>();
        builder.Services.AddSingleton<TimeProvider>(clock);

        var host = builder.Build();
        var services = host.Services;
        return new PipelineReplayTarget(services.GetRequiredService<CloudAdapter>(), services.GetRequiredService<IBot>(), clock, (IAsyncDisposable)host);
    }
}
