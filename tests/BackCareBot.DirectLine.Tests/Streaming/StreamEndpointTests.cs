using System.Net.WebSockets;
using BackCareBot.BotFramework.Schema;
using BackCareBot.DirectLine.Tests.Support;

namespace BackCareBot.DirectLine.Tests.Streaming;

public sealed class StreamEndpointTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);

    [Fact]
    public async Task TheStream_DeliversTheWelcomeThenEchoAndReplyWithWatermarks()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();
        await using var stream = await StreamClient.ConnectAsync(conversation.StreamUrl);

        var welcome = await stream.ReceiveSetAsync();
        var id = await host.Client.SendMessageAsync(conversation, "hello", "client-7");
        var rest = await stream.ReceiveUntilAsync(received => received.Count >= 2);

        Assert.Equal("1", welcome.Watermark);
        Assert.Equal(EchoBot.Welcome, Assert.Single(welcome.Activities).Text);
        Assert.Collection(
            rest,
            echo =>
            {
                Assert.Equal(id, echo.Id);
                Assert.Equal("client-7", echo.ChannelData?.GetProperty("clientActivityID").GetString());
            },
            reply => Assert.Equal(id, reply.ReplyToId));
        Assert.True(await stream.StaysQuietAsync(Quiet));
    }

    [Fact]
    public async Task TypingWhileTheStreamIsOpen_IsStreamedButNotReplayedLater()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();
        await using (var stream = await StreamClient.ConnectAsync(conversation.StreamUrl))
        {
            await stream.ReceiveSetAsync();
            await host.Client.SendMessageAsync(conversation, EchoBot.TypingPrefix + "x");
            var live = await stream.ReceiveUntilAsync(received => received.Count >= 3);
            Assert.Equal([ActivityTypes.Message, ActivityTypes.Typing, ActivityTypes.Message], live.Select(activity => activity.Type));
        }

        var reconnected = await host.Client.ReconnectAsync(conversation, watermark: null);
        await using var replay = await StreamClient.ConnectAsync(reconnected.StreamUrl!);
        var replayed = await replay.ReceiveSetAsync();

        Assert.DoesNotContain(replayed.Activities, activity => activity.IsType(ActivityTypes.Typing));
        Assert.Equal(3, replayed.Activities.Count);
    }

    [Fact]
    public async Task ReconnectingWithAWatermark_ResumesAfterItWithoutDuplicates()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();
        string watermark;
        await using (var first = await StreamClient.ConnectAsync(conversation.StreamUrl))
        {
            watermark = (await first.ReceiveSetAsync()).Watermark;
        }

        await host.Client.SendMessageAsync(conversation, "while away");
        var reconnected = await host.Client.ReconnectAsync(conversation, watermark);
        await using var second = await StreamClient.ConnectAsync(reconnected.StreamUrl!);
        var resumed = await second.ReceiveSetAsync();

        Assert.Equal(["while away", EchoBot.EchoOf("while away")], resumed.Activities.Select(activity => activity.Text));
        Assert.Equal("3", resumed.Watermark);
        Assert.True(await second.StaysQuietAsync(Quiet));
    }

    /// <summary>What the web chat page does after a reload: refresh the stored token, reconnect without a watermark.</summary>
    [Fact]
    public async Task AReloadedPage_RefreshesItsStoredTokenAndReplaysTheWholeConversationThenGoesOn()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();
        await using (var first = await StreamClient.ConnectAsync(conversation.StreamUrl))
        {
            await first.ReceiveSetAsync();
            await host.Client.SendMessageAsync(conversation, "before the reload");
            await first.ReceiveUntilAsync(received => received.Count >= 2);
        }

        using var refresh = await host.Client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);
        var refreshed = (await DirectLineClient.ReadAsync<ConversationDto>(refresh))!;
        var reloaded = conversation with { Token = refreshed.Token };
        var reconnected = await host.Client.ReconnectAsync(reloaded, watermark: null);
        await using var second = await StreamClient.ConnectAsync(reconnected.StreamUrl!);
        var replayed = await second.ReceiveSetAsync();
        await host.Client.SendMessageAsync(reloaded, "after the reload");
        var after = await second.ReceiveUntilAsync(received => received.Count >= 2);

        Assert.Equal(conversation.ConversationId, refreshed.ConversationId);
        Assert.Equal(
            [EchoBot.Welcome, "before the reload", EchoBot.EchoOf("before the reload")],
            replayed.Activities.Select(activity => activity.Text));
        Assert.Equal("3", replayed.Watermark);
        Assert.Equal(["after the reload", EchoBot.EchoOf("after the reload")], after.Select(activity => activity.Text));
        Assert.All(after, activity => Assert.Equal(conversation.ConversationId, activity.Conversation?.Id));
    }

    [Fact]
    public async Task AQuietStream_GetsEmptyKeepAlives()
    {
        var settings = new DirectLineHostSettings();
        settings.Configuration["DirectLine:KeepAliveInterval"] = "00:00:00.200";
        await using var host = await DirectLineHost.StartAsync(settings);
        var conversation = await host.Client.StartNewAsync();
        await using var stream = await StreamClient.ConnectAsync(conversation.StreamUrl);
        await stream.ReceiveSetAsync();

        var first = await stream.ReceiveAsync(StreamClient.Patience);
        var second = await stream.ReceiveAsync(StreamClient.Patience);

        Assert.Equal(string.Empty, first);
        Assert.Equal(string.Empty, second);
    }

    [Fact]
    public async Task ClientPings_AreIgnoredAndTheStreamCarriesOn()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();
        await using var stream = await StreamClient.ConnectAsync(conversation.StreamUrl);
        await stream.ReceiveSetAsync();

        await stream.SendAsync(string.Empty);
        await stream.SendAsync("anything at all");
        await host.Client.SendMessageAsync(conversation, "after pings");
        var next = await stream.ReceiveUntilAsync(received => received.Count >= 2);

        Assert.Equal(EchoBot.EchoOf("after pings"), next[1].Text);
    }

    [Fact]
    public async Task ASecondStream_TakesOverAndTheFirstIsClosedWithCollision()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();
        await using var first = await StreamClient.ConnectAsync(conversation.StreamUrl);
        await first.ReceiveSetAsync();

        var reconnected = await host.Client.ReconnectAsync(conversation, "1");
        await using var second = await StreamClient.ConnectAsync(reconnected.StreamUrl!);
        var closed = await first.ReceiveAsync(StreamClient.Patience);
        await host.Client.SendMessageAsync(conversation, "to the new one");
        var delivered = await second.ReceiveUntilAsync(received => received.Count >= 2);

        Assert.Null(closed);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, first.CloseStatus);
        Assert.Equal("collision", first.CloseStatusDescription);
        Assert.Equal("to the new one", delivered[0].Text);
    }

    [Fact]
    public async Task APlainGetOfTheStreamUrl_IsRefused()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();
        var url = new Uri(conversation.StreamUrl.Replace("ws://", "http://", StringComparison.Ordinal));

        using var response = await host.Http.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }
}
