using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareBot.DirectLine.Conversations;

/// <summary>
/// Every live conversation, in memory only. Bounded: starting one past the limit deletes the least recently used,
/// and <see cref="SweepExpired"/> deletes those untouched for the token lifetime plus the grace period.
/// </summary>
internal sealed class ConversationStore(IOptions<DirectLineOptions> options, TimeProvider timeProvider, ILogger<ConversationStore> logger)
{
    private readonly object _gate = new();
    private readonly Dictionary<string, LinkedListNode<DirectLineConversation>> _byId = new(StringComparer.Ordinal);

    // Least recently used first.
    private readonly LinkedList<DirectLineConversation> _recency = new();

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
        var now = timeProvider.GetUtcNow();
        var settings = options.Value;
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

            conversation = new DirectLineConversation(conversationId, userId, settings.MaxActivitiesPerConversation, settings.MaxBytesPerConversation, now);
            _byId[conversationId] = _recency.AddLast(conversation);
            started = true;
        }

        if (evicted is not null)
        {
            evicted.Close(StreamEndReason.ConversationEnded);
            DirectLineLog.ConversationEvicted(logger, evicted.Id);
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

            MarkUsed(node, timeProvider.GetUtcNow());
            return node.Value;
        }
    }

    public int SweepExpired()
    {
        var settings = options.Value;
        var cutoff = timeProvider.GetUtcNow() - settings.TokenLifetime - settings.ConversationGracePeriod;
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
