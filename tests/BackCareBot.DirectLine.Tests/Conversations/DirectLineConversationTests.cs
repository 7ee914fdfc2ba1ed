using System.Text;
using BackCareBot.BotFramework.Schema;
using BackCareBot.DirectLine.Conversations;

namespace BackCareBot.DirectLine.Tests.Conversations;

public sealed class DirectLineConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Appending_GivesSequentialIdsAndTheTimestamp()
    {
        var conversation = new DirectLineConversation("c1", "dl_u", 100, 1 << 20, Now);

        var first = conversation.Append(Message("a"), Now)!;
        var second = conversation.Append(Message("b"), Now.AddSeconds(1))!;

        Assert.Equal("c1|0000001", first.Id);
        Assert.Equal("c1|0000002", second.Id);
        Assert.Contains("\"timestamp\":\"2026-01-05T09:00:01", Encoding.UTF8.GetString(second.Json), StringComparison.Ordinal);
        Assert.Equal(2, conversation.LastSequence);
    }

    [Fact]
    public void TheLoggedCopy_DoesNotChangeWhenTheActivityDoes()
    {
        var conversation = new DirectLineConversation("c1", "dl_u", 100, 1 << 20, Now);
        var activity = Message("original");

        conversation.Append(activity, Now);
        activity.Text = "changed";

        Assert.Contains("original", Encoding.UTF8.GetString(conversation.ReadAfter(0).Activities.Single()), StringComparison.Ordinal);
    }

    [Fact]
    public void TheLog_DropsTheOldestPastTheByteLimitButKeepsTheNewest()
    {
        var conversation = new DirectLineConversation("c1", "dl_u", 100, 400, Now);

        conversation.Append(Message(new string('a', 150)), Now);
        conversation.Append(Message(new string('b', 150)), Now);
        conversation.Append(Message(new string('c', 600)), Now);

        var batch = conversation.ReadAfter(0);
        Assert.Single(batch.Activities);
        Assert.Equal(3, batch.Watermark);
    }

    [Fact]
    public void Typing_IsReadOnlyByAStreamThatWasOpenBeforeIt()
    {
        var conversation = new DirectLineConversation("c1", "dl_u", 100, 1 << 20, Now);
        conversation.Append(new Activity { Type = ActivityTypes.Typing }, Now);
        var streamOpenedAt = conversation.LastSequence;
        conversation.Append(new Activity { Type = ActivityTypes.Typing }, Now);

        Assert.Empty(conversation.ReadAfter(0).Activities);
        Assert.Single(conversation.ReadAfter(0, liveAfter: streamOpenedAt).Activities);
    }

    [Fact]
    public async Task Changed_CompletesOnTheNextAppend()
    {
        var conversation = new DirectLineConversation("c1", "dl_u", 100, 1 << 20, Now);
        var changed = conversation.Changed;

        Assert.False(changed.IsCompleted);
        conversation.Append(Message("x"), Now);

        await changed.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void AttachingASecondStream_EndsTheFirstWithACollision()
    {
        var conversation = new DirectLineConversation("c1", "dl_u", 100, 1 << 20, Now);
        using var first = conversation.AttachStream()!;

        using var second = conversation.AttachStream()!;

        Assert.Equal(StreamEndReason.Collision, first.Reason);
        Assert.True(first.Ended.IsCancellationRequested);
        Assert.Null(second.Reason);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
