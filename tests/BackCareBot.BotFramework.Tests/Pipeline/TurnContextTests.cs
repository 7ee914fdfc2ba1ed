using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using BackCareBot.BotFramework.Tests.Fakes;

namespace BackCareBot.BotFramework.Tests.Pipeline;

public sealed class TurnContextTests
{
    private readonly RecordingAdapter _adapter = new();

    [Fact]
    public async Task SendActivityAsync_Text_IsAReplyFromTheBotToTheUser()
    {
        var context = new TurnContext(_adapter, TestActivities.Message("hi"));

        var response = await context.SendActivityAsync("Hello");

        var sent = Assert.Single(_adapter.Sent);
        Assert.Equal(ActivityTypes.Message, sent.Type);
        Assert.Equal("Hello", sent.Text);
        Assert.Equal(InputHints.AcceptingInput, sent.InputHint);
        Assert.Equal("28:bot-1", sent.From?.Id);
        Assert.Equal("29:user-1", sent.Recipient?.Id);
        Assert.Equal("1715:991", sent.ReplyToId);
        Assert.Equal("tenant-1", sent.Conversation?.TenantId);
        Assert.Equal(Channels.MsTeams, sent.ChannelId);
        Assert.Equal("sent-1", response.Id);
        Assert.Equal("sent-1", sent.Id);
        Assert.True(context.Responded);
    }

    [Fact]
    public async Task SendActivityAsync_TraceOnly_DoesNotCountAsResponding()
    {
        var context = new TurnContext(_adapter, TestActivities.Message("hi"));

        await context.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "debug" });

        Assert.False(context.Responded);
    }

    [Fact]
    public async Task SendActivityAsync_NoType_IsSentAsAMessage()
    {
        var context = new TurnContext(_adapter, TestActivities.Message("hi"));

        await context.SendActivityAsync(new Activity { Text = "typeless" });

        Assert.Equal(ActivityTypes.Message, Assert.Single(_adapter.Sent).Type);
    }

    [Fact]
    public async Task OnSendActivities_Handlers_SeeOutgoingActivitiesInOrderAndMayDropThem()
    {
        var context = new TurnContext(_adapter, TestActivities.Message("hi"));
        var seen = new List<string>();
        context
            .OnSendActivities((_, activities, next) =>
            {
                seen.Add($"first:{activities.Count}");
                return next();
            })
            .OnSendActivities((_, activities, next) =>
            {
                seen.Add("second");
                activities.RemoveAt(0);
                return next();
            });

        var responses = await context.SendActivitiesAsync([new Activity { Text = "dropped" }, new Activity { Text = "kept" }]);

        Assert.Equal(["first:2", "second"], seen);
        Assert.Equal("kept", Assert.Single(_adapter.Sent).Text);
        Assert.Single(responses);
    }

    [Fact]
    public async Task SendActivityAsync_HandlerDropsEverything_ReturnsAnEmptyResponse()
    {
        var context = new TurnContext(_adapter, TestActivities.Message("hi"));
        context.OnSendActivities((_, _, _) => Task.FromResult(Array.Empty<ResourceResponse>()));

        var response = await context.SendActivityAsync("never sent");

        Assert.Null(response.Id);
        Assert.Empty(_adapter.Sent);
        Assert.False(context.Responded);
    }

    [Fact]
    public async Task SendActivitiesAsync_Empty_Throws()
    {
        var context = new TurnContext(_adapter, TestActivities.Message("hi"));

        await Assert.ThrowsAsync<ArgumentException>(() => context.SendActivitiesAsync([]));
    }

    [Fact]
    public async Task UpdateActivityAsync_FillsTheConversationFromTheTurn()
    {
        var context = new TurnContext(_adapter, TestActivities.Message("hi"));

        await context.UpdateActivityAsync(new Activity { Id = "sent-7", Text = "edited" });

        var updated = Assert.Single(_adapter.Updated);
        Assert.Equal("sent-7", updated.Id);
        Assert.Equal(TestActivities.TeamsConversationId, updated.Conversation?.Id);
        Assert.Equal("http://127.0.0.1:9/", updated.ServiceUrl);
    }

    [Fact]
    public async Task UpdateActivityAsync_WithoutId_Throws()
    {
        var context = new TurnContext(_adapter, TestActivities.Message("hi"));

        await Assert.ThrowsAsync<ArgumentException>(() => context.UpdateActivityAsync(new Activity { Text = "edited" }));
    }

    [Fact]
    public async Task DeleteActivityAsync_NamesTheActivityInTheTurnsConversation()
    {
        var context = new TurnContext(_adapter, TestActivities.Message("hi"));

        await context.DeleteActivityAsync("sent-3");

        var reference = Assert.Single(_adapter.Deleted);
        Assert.Equal("sent-3", reference.ActivityId);
        Assert.Equal(TestActivities.TeamsConversationId, reference.Conversation?.Id);
    }

    [Fact]
    public void TurnState_ValuesByKeyAndByType_AreKeptApart()
    {
        var state = new TurnState();
        state.Set("count", 3);
        state.Set(new List<string> { "a" });

        Assert.True(state.TryGet<int>("count", out var count));
        Assert.Equal(3, count);
        Assert.Equal(["a"], state.Get<List<string>>());
        Assert.Null(state.Get<string>("count"));
        Assert.True(state.Remove("count"));
        Assert.False(state.TryGet<int>("count", out _));
    }
}
