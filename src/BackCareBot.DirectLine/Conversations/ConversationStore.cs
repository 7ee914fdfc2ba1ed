using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine.Conversations;

/// <summary>
/// Every live conversation, in memory only. Bounded in count and in bytes: starting one past
/// <see cref="DirectLineOptions.MaxConversations"/>, or an activity that takes all conversations' history past
/// <see cref="DirectLineOptions.MaxTotalBytes"/>, deletes the least recently used (a request with its token, or a new
/// conversation, counts as use), so the conversations people are in keep their history. <see cref="SweepExpired"/>
/// deletes those untouched for the token lifetime plus the grace period.
/// </summary>
internal sealed class ConversationStore
{
    private readonly IOptions<DirectLineOptions> _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ConversationStore> _logger;
    private readonly HistoryBudget _budget;
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<DirectLineConversation>> _byId = new(StringComparer.Ordinal);

    // Least recently used first.
    private readonly LinkedList<DirectLineConversation> _recency = new();

    public ConversationStore(IOptions<DirectLineOptions> options, TimeProvider timeProvider, ILogger<ConversationStore> logger)
    {
        _options = options;
        _timeProvider = timeProvider;
        _logger = logger;
        _budget = new HistoryBudget(options.Value.MaxTotalBytes, MakeRoom);
    }

    /// <summary>Bytes of activity JSON all conversations hold now.</summary>
    public long TotalBytes => _budget.UsedBytes;

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _byId.Count;
            }
        }
    }

    /// <summary>The conversation, started now if it was not; <c>Started</c> says which.</summary>
    public (DirectLineConversation Conversation, bool Started) GetOrStart(string conversationId, string userId)
    {
        var now = _timeProvider.GetUtcNow();
        var settings = _options.Value;
        DirectLineConversation? evicted = null;
        DirectLineConversation conversation;
        bool started;
        lock (_gate)
        {
            if (_byId.TryGetValue(conversationId, out var node))
            {
                MarkUsed(node, now);
                return (node.Value, false);
            }

            if (_byId.Count >= settings.MaxConversations && _recency.First is { } oldest)
            {
                evicted = oldest.Value;
                Remove(oldest);
            }

            conversation = new DirectLineConversation(
                conversationId, userId, settings.MaxActivitiesPerConversation, settings.MaxBytesPerConversation, now, _budget);
            _byId[conversationId] = _recency.AddLast(conversation);
            started = true;
        }

        if (evicted is not null)
        {
            evicted.Close(StreamEndReason.ConversationEnded);
            DirectLineLog.ConversationEvicted(_logger, evicted.Id);
        }

        return (conversation, started);
    }

    /// <summary>The conversation, marked as used now; null when it never started or has been deleted.</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue(conversationId, out var node))
            {
                return null;
            }

            MarkUsed(node, _timeProvider.GetUtcNow());
            return node.Value;
        }
    }

    public int SweepExpired()
    {
        var settings = _options.Value;
        var cutoff = _timeProvider.GetUtcNow() - settings.TokenLifetime - settings.ConversationGracePeriod;
        var expired = new List<DirectLineConversation>();
        lock (_gate)
        {
            for (var node = _recency.First; node is not null;)
            {
                var next = node.Next;
                if (node.Value.LastTouched < cutoff)
                {
                    expired.Add(node.Value);
                    Remove(node);
                }

                node = next;
            }
        }

        foreach (var conversation in expired)
        {
            conversation.Close(StreamEndReason.ConversationEnded);
        }

        return expired.Count;
    }

    public void CloseAll(StreamEndReason reason)
    {
        List<DirectLineConversation> all;
        lock (_gate)
        {
            all = [.. _recency];
            _recency.Clear();
            _byId.Clear();
        }

        foreach (var conversation in all)
        {
            conversation.Close(reason);
        }
    }

    /// <summary>
    /// Closes the least recently used conversations, never <paramref name="adding"/> (the one whose activity went over),
    /// until what is left fits the budget. Chosen under the store's lock, closed outside it, as eviction on start is.
    /// </summary>
    private void MakeRoom(DirectLineConversation adding)
    {
        var evicted = new List<DirectLineConversation>();
        lock (_gate)
        {
            var excess = _budget.UsedBytes - _budget.MaxBytes;
            for (var node = _recency.First; node is not null && excess > 0;)
            {
                var next = node.Next;
                if (!ReferenceEquals(node.Value, adding))
                {
                    excess -= node.Value.Bytes;
                    evicted.Add(node.Value);
                    Remove(node);
                }

                node = next;
            }
        }

        foreach (var conversation in evicted)
        {
            conversation.Close(StreamEndReason.ConversationEnded);
            DirectLineLog.ConversationEvictedForMemory(_logger, conversation.Id);
        }
    }

    private void MarkUsed(LinkedListNode<DirectLineConversation> node, DateTimeOffset now)
    {
        node.Value.Touch(now);
        _recency.Remove(node);
        _recency.AddLast(node);
    }

    private void Remove(LinkedListNode<DirectLineConversation> node)
    {
        _byId.Remove(node.Value.Id);
        _recency.Remove(node);
    }
}
