using BackCareBot.BotFramework.Schema;
using BackCareBot.DirectLine.Conversations;
using BackCareBot.DirectLine.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BackCareBot.DirectLine.Tests.Conversations;

public sealed class ConversationStoreTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public void StartingPastTheLimit_EvictsTheLeastRecentlyUsed()
    {
        var store = Stores.Create(_time, options => options.MaxConversations = 2);
        var (a, _) = store.GetOrStart("a", "dl_a");
        store.GetOrStart("b", "dl_b");
        store.Find("a");

        store.GetOrStart("c", "dl_c");

        Assert.NotNull(store.Find("a"));
        Assert.Null(store.Find("b"));
        Assert.NotNull(store.Find("c"));
        Assert.Equal(2, store.Count);
        Assert.False(a.IsClosed);
    }

    [Fact]
    public void AnEvictedConversation_IsClosedAndItsStreamEnded()
    {
        var store = Stores.Create(_time, options => options.MaxConversations = 1);
        var (evicted, _) = store.GetOrStart("a", "dl_a");
        using var lease = evicted.AttachStream()!;

        store.GetOrStart("b", "dl_b");

        Assert.True(evicted.IsClosed);
        Assert.Equal(StreamEndReason.ConversationEnded, lease.Reason);
        Assert.Null(evicted.Append(new Activity { Type = ActivityTypes.Message }, _time.GetUtcNow()));
        Assert.Empty(evicted.ReadAfter(0).Activities);
    }

    [Fact]
    public void StartingAnExistingConversation_ReturnsItUnstarted()
    {
        var store = Stores.Create(_time);
        var (first, started) = store.GetOrStart("a", "dl_a");

        var (again, startedAgain) = store.GetOrStart("a", "dl_a");

        Assert.True(started);
        Assert.False(startedAgain);
        Assert.Same(first, again);
    }

    [Fact]
    public void Sweeping_DeletesOnlyConversationsUntouchedForTheTokenLifetimePlusGrace()
    {
        var store = Stores.Create(_time, options =>
        {
            options.TokenLifetime = TimeSpan.FromMinutes(30);
            options.ConversationGracePeriod = TimeSpan.FromMinutes(10);
        });
        var (idle, _) = store.GetOrStart("idle", "dl_1");
        var (active, _) = store.GetOrStart("active", "dl_2");

        _time.Advance(TimeSpan.FromMinutes(39));
        active.Append(new Activity { Type = ActivityTypes.Message, Text = "still here" }, _time.GetUtcNow());
        var earlySweep = store.SweepExpired();
        _time.Advance(TimeSpan.FromMinutes(2));
        var sweep = store.SweepExpired();

        Assert.Equal(0, earlySweep);
        Assert.Equal(1, sweep);
        Assert.True(idle.IsClosed);
        Assert.Null(store.Find("idle"));
        Assert.Same(active, store.Find("active"));
    }

    [Fact]
    public void ClosingAll_EndsEveryStreamAsServerStopping()
    {
        var store = Stores.Create(_time);
        var (conversation, _) = store.GetOrStart("a", "dl_a");
        using var lease = conversation.AttachStream()!;

        store.CloseAll(StreamEndReason.ServerStopping);

        Assert.Equal(0, store.Count);
        Assert.Equal(StreamEndReason.ServerStopping, lease.Reason);
    }
}
