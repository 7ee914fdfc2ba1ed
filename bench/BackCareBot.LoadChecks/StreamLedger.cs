using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using BackCareBot.BotFramework.Schema;
using Activity = BackCareBot.BotFramework.Schema.Activity;

namespace BackCareBot.LoadChecks;

/// <summary>
/// Everything one conversation's WebSocket delivered, checked as it arrives: ids never repeat and only grow, watermarks
/// only grow, and each echo and reply is counted so the end can demand exactly one of each.
/// </summary>
internal sealed class StreamLedger(SessionResult result)
{
    private readonly object _gate = new();
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pollableIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _replies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _echoes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _replyCounts = new(StringComparer.Ordinal);
    private long _lastWatermark = -1;
    private long _lastSequence = -1;

    public TaskCompletionSource Welcomed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The ids polling should return too: everything but typing indicators, which are live-only.</summary>
    public IReadOnlyCollection<string> PollableIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _pollableIds];
            }
        }
    }

    /// <summary>Completes with the arrival timestamp of the reply to <paramref name="activityId"/>.</summary>
    public Task<long> ReplyTo(string activityId) => _replies.GetOrAdd(activityId, NewSignal).Task;

    public int EchoCount(string clientActivityId)
    {
        lock (_gate)
        {
            return _echoes.GetValueOrDefault(clientActivityId);
        }
    }

    public int ReplyCount(string activityId)
    {
        lock (_gate)
        {
            return _replyCounts.GetValueOrDefault(activityId);
        }
    }

    public void Record(IReadOnlyList<Activity> activities, string? watermark)
    {
        var arrived = Stopwatch.GetTimestamp();
        lock (_gate)
        {
            var mark = long.Parse(watermark ?? "-1", CultureInfo.InvariantCulture);
            if (mark <= _lastWatermark)
            {
                result.Fail($"watermark went from {_lastWatermark} to {mark}");
            }

            _lastWatermark = mark;
            foreach (var activity in activities)
            {
                RecordOne(activity, arrived);
            }
        }
    }

    private void RecordOne(Activity activity, long arrived)
    {
        result.ActivitiesReceived++;
        var id = activity.Id ?? string.Empty;
        if (!_ids.Add(id))
        {
            result.Fail($"activity {id} arrived twice");
        }

        var sequence = long.Parse(id[(id.LastIndexOf('|') + 1)..], CultureInfo.InvariantCulture);
        if (sequence <= _lastSequence)
        {
            result.Fail($"activity {id} arrived after a later one");
        }

        _lastSequence = sequence;
        if (!activity.IsType(ActivityTypes.Typing))
        {
            _pollableIds.Add(id);
        }

        if (activity.From?.Role == RoleTypes.User)
        {
            var clientId = activity.ChannelData?.GetProperty("clientActivityID").GetString() ?? string.Empty;
            _echoes[clientId] = _echoes.GetValueOrDefault(clientId) + 1;
        }
        else if (activity.ReplyToId is { } replyTo && activity.IsType(ActivityTypes.Message))
        {
            _replyCounts[replyTo] = _replyCounts.GetValueOrDefault(replyTo) + 1;
            _replies.GetOrAdd(replyTo, NewSignal).TrySetResult(arrived);
        }
        else if (activity.IsType(ActivityTypes.Message))
        {
            Welcomed.TrySetResult();
        }
    }

    private static TaskCompletionSource<long> NewSignal(string _) => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
