using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Replay;

/// <summary>A bot with fresh state, for replaying one transcript. Disposing it ends that bot.</summary>
public interface IReplayTarget : IAsyncDisposable
{
    /// <summary>Runs one turn for a user-side activity and returns what the bot sent, in order.</summary>
    Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken);
}
