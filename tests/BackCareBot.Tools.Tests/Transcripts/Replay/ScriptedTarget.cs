using BackCareBot.BotFramework.Schema;
using BackCareBot.Transcripts.Replay;

namespace BackCareBot.Tools.Tests.Transcripts.Replay;

/// <summary>A bot that answers each turn with the next scripted replies, and keeps what it was sent.</summary>
internal sealed class ScriptedTarget(params Activity[][] turns) : IReplayTarget
{
    private int _turn;

    public List<Activity> Received { get; } = [];

    public Task<IReadOnlyList<Activity>> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        Received.Add(activity);
        var replies = _turn < turns.Length ? turns[_turn] : [];
        _turn++;
        return Task.FromResult<IReadOnlyList<Activity>>(replies);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public static Activity User(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = new ChannelAccount("u", "Sam") { Role = RoleTypes.User },
    };

    public static Activity Bot(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        From = new ChannelAccount("b", "BackCareBot") { Role = RoleTypes.Bot },
    };
}
