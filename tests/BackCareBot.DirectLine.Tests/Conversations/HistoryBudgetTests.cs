using BackCareBot.BotFramework.Schema;
using BackCareBot.DirectLine.Conversations;
using BackCareBot.DirectLine.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BackCareBot.DirectLine.Tests.Conversations;

/// <summary>The bytes all conversations hold together, against <c>DirectLine:MaxTotalBytes</c>.</summary>
public sealed class HistoryBudgetTests
{
    // The smallest bounds the validator allows: 1 KB bodies, 4 KB a conversation, 16 KB in all.
    private const int PerConversation = 4096;
    private const long Total = 4 * PerConversation;

    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public void HistoryPastTheTotal_EvictsTheLeastRecentlyActiveAndKeepsTheActiveOnes()
    {
        var store = SmallStore();
        var conversations = Enumerable.Range(0, 5).Select(i => store.GetOrStart($"c{i}", $"dl_{i}").Conversation).ToList();
        foreach (var conversation in conversations.Take(4))
        {
            AppendLargeActivities(conversation, 3);
        }

        // c0 is the oldest but its person is still chatting; c1 has been quiet longest.
        store.Find("c0");
        AppendLargeActivities(conversations[4], 3);

        Assert.True(conversations[1].IsClosed);
        Assert.Null(store.Find("c1"));
        Assert.All([conversations[0], conversations[2], conversations[3], conversations[4]], conversation => Assert.False(conversation.IsClosed));
        Assert.NotEmpty(conversations[0].ReadAfter(0).Activities);
        Assert.InRange(store.TotalBytes, 1, Total);
    }

    [Fact]
    public void TheConversationThatWentOver_IsNotEvictedEvenWhenLeastRecentlyUsed()
    {
        var store = SmallStore();
        var (quietest, _) = store.GetOrStart("quietest", "dl_q");
        var others = Enumerable.Range(0, 4).Select(i => store.GetOrStart($"c{i}", $"dl_{i}").Conversation).ToList();
        foreach (var conversation in others)
        {
            AppendLargeActivities(conversation, 3);
        }

        AppendLargeActivities(quietest, 3);

        Assert.False(quietest.IsClosed);
        Assert.True(others[0].IsClosed);
        Assert.False(others[3].IsClosed);
        Assert.InRange(store.TotalBytes, 1, Total);
    }

    [Fact]
    public void UnderTheTotal_NothingIsEvicted()
    {
        var store = SmallStore();
        var conversations = Enumerable.Range(0, 4).Select(i => store.GetOrStart($"c{i}", $"dl_{i}").Conversation).ToList();

        foreach (var conversation in conversations)
        {
            AppendLargeActivities(conversation, 3);
        }

        Assert.All(conversations, conversation => Assert.False(conversation.IsClosed));
        Assert.Equal(conversations.Sum(conversation => conversation.Bytes), store.TotalBytes);
    }

    [Fact]
    public void ForgettingClosingAndDroppingOldActivities_GiveTheirBytesBack()
    {
        var store = SmallStore();
        var (forgotten, _) = store.GetOrStart("forgotten", "dl_f");
        var (closed, _) = store.GetOrStart("closed", "dl_c");
        var (long_, _) = store.GetOrStart("long", "dl_l");
        AppendLargeActivities(forgotten, 2);
        AppendLargeActivities(closed, 2);

        // Far more than one conversation may hold: its oldest activities go, and so do their bytes.
        AppendLargeActivities(long_, 20);
        var heldByLong = long_.Bytes;
        forgotten.Forget();
        closed.Close(StreamEndReason.ConversationEnded);

        Assert.InRange(heldByLong, 1, PerConversation);
        Assert.Equal(heldByLong, store.TotalBytes);
    }

    private ConversationStore SmallStore() => Stores.Create(_time, options =>
    {
        options.MaxRequestBodyBytes = 1024;
        options.MaxBytesPerConversation = PerConversation;
        options.MaxTotalBytes = Total;
    });

    /// <summary>Appends activities of about 1.3 KB of JSON each: three nearly fill a conversation, four in all are under the total.</summary>
    private void AppendLargeActivities(DirectLineConversation conversation, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.NotNull(conversation.Append(new Activity { Type = ActivityTypes.Message, Text = new string('x', 1200) }, _time.GetUtcNow()));
        }
    }
}
