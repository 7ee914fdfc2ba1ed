using System.Globalization;
using System.Text.Json;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.DirectLine.Conversations;

/// <summary>
/// One conversation's log: activities in the order they were logged, each with an id <c>{conversationId}|{seq}</c>
/// whose sequence number is also the watermark. Bounded in count and bytes; the oldest go first and the watermark
/// keeps counting. At most one WebSocket streams it at a time. What it holds also counts against the store's
/// <see cref="HistoryBudget"/>, across all conversations.
/// </summary>
internal sealed class DirectLineConversation
{
    private readonly object _gate = new();
    private readonly Queue<LoggedActivity> _log = new();
    private readonly int _maxActivities;
    private readonly int _maxBytes;
    private readonly HistoryBudget? _budget;
    private long _lastSequence;
    private long _bytes;
    private long _lastTouchedTicks;
    private bool _closed;
    private StreamLease? _stream;
    private TaskCompletionSource _changed = NewSignal();

    public DirectLineConversation(string id, string userId, int maxActivities, int maxBytes, DateTimeOffset now, HistoryBudget? budget = null)
    {
        Id = id;
        UserId = userId;
        _maxActivities = maxActivities;
        _maxBytes = maxBytes;
        _budget = budget;
        Touch(now);
    }

    public string Id { get; }

    public string UserId { get; }

    /// <summary>Turns run one at a time, so replies come in the order the messages were sent.</summary>
    public SemaphoreSlim TurnGate { get; } = new(1, 1);

    public DateTimeOffset LastTouched => new(Interlocked.Read(ref _lastTouchedTicks), TimeSpan.Zero);

    /// <summary>Bytes of activity JSON held now.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public long LastSequence
    {
        get
        {
            lock (_gate)
            {
                return _lastSequence;
            }
        }
    }

    public bool IsClosed
    {
        get
        {
            lock (_gate)
            {
                return _closed;
            }
        }
    }

    /// <summary>Completes at the next append or when the conversation closes; take it before reading, so nothing is missed.</summary>
    public Task Changed
    {
        get
        {
            lock (_gate)
            {
                return _changed.Task;
            }
        }
    }

    public static string ActivityId(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");

    public void Touch(DateTimeOffset now) => Interlocked.Exchange(ref _lastTouchedTicks, now.UtcTicks);

    /// <summary>Gives the activity its id and timestamp and logs it. Null when the conversation has closed.</summary>
    public LoggedActivity? Append(Activity activity, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(activity);
        TaskCompletionSource changed;
        LoggedActivity logged;
        bool overspent;
        lock (_gate)
        {
            if (_closed)
            {
                return null;
            }

            var sequence = ++_lastSequence;
            activity.Id = ActivityId(Id, sequence);
            activity.Timestamp = now;
            var json = JsonSerializer.SerializeToUtf8Bytes(activity, BotJson.TypeInfo<Activity>());
            logged = new LoggedActivity(sequence, activity.Id, json, activity.IsType(ActivityTypes.Typing));
            _log.Enqueue(logged);
            long added = json.Length;
            while (_log.Count > _maxActivities || (_bytes + added > _maxBytes && _log.Count > 1))
            {
                added -= _log.Dequeue().Json.Length;
            }

            Interlocked.Add(ref _bytes, added);
            overspent = _budget?.Charge(added) == true;
            changed = _changed;
            _changed = NewSignal();
        }

        Touch(now);
        changed.TrySetResult();
        if (overspent)
        {
            // Outside the lock: making room closes other conversations, each under its own lock.
            _budget!.OnOverspent(this);
        }

        return logged;
    }

    /// <summary>
    /// The activities after <paramref name="watermark"/>. Typing indicators are left out unless
    /// <paramref name="liveAfter"/> is given and they came after it (a stream that was open when they happened).
    /// </summary>
    public ActivityBatch ReadAfter(long watermark, long? liveAfter = null)
    {
        lock (_gate)
        {
            var activities = new List<byte[]>();
            foreach (var logged in _log)
            {
                if (logged.Sequence > watermark && (!logged.LiveOnly || logged.Sequence > liveAfter))
                {
                    activities.Add(logged.Json);
                }
            }

            return new ActivityBatch(activities, _lastSequence);
        }
    }

    /// <summary>Makes a new socket the conversation's stream; the one before it, if any, ends with a collision.</summary>
    public StreamLease? AttachStream()
    {
        StreamLease? previous;
        var lease = new StreamLease();
        lock (_gate)
        {
            if (_closed)
            {
                lease.Dispose();
                return null;
            }

            previous = _stream;
            _stream = lease;
        }

        previous?.End(StreamEndReason.Collision);
        return lease;
    }

    public void DetachStream(StreamLease lease)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_stream, lease))
            {
                _stream = null;
            }
        }
    }

    /// <summary>
    /// Deletes the activities logged so far, for "forget me"; the conversation goes on, and the watermark keeps counting,
    /// so a client reading from its watermark gets what comes next and nothing is served twice.
    /// </summary>
    public void Forget()
    {
        lock (_gate)
        {
            _log.Clear();
            Release();
        }
    }

    /// <summary>Deletes the log and ends the stream. The conversation accepts nothing more.</summary>
    public void Close(StreamEndReason reason)
    {
        StreamLease? stream;
        TaskCompletionSource changed;
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            _log.Clear();
            Release();
            stream = _stream;
            _stream = null;
            changed = _changed;
        }

        stream?.End(reason);
        changed.TrySetResult();
    }

    /// <summary>Gives back to the budget all this conversation holds; call under the lock, with the log cleared.</summary>
    private void Release()
    {
        var held = Interlocked.Exchange(ref _bytes, 0);
        _budget?.Charge(-held);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
