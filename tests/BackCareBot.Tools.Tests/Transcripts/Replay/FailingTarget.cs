using BackCareBot.BotFramework.Schema;
using BackCareBot.Transcripts.Replay;

namespace BackCareBot.Tools.Tests.Transcripts.Replay;

/// <summary>A bot whose every turn fails in the pipeline, so no replies come back.</summary>
internal sealed class FailingTarget : IReplayTarget
{
    public Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken) =>
        throw new ReplayTurnException("The turn ended with status 500 and no replies.");

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
