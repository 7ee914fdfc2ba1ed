using System.Net;
using BackCareBot.BotFramework.Pipeline;
using BackCareBot.BotFramework.Schema;
using BackCareBot.DirectLine.Tests.Support;

namespace BackCareBot.DirectLine.Tests.Endpoints;

public sealed class ActivityEndpointsTests
{
    [Fact]
    public async Task PostingAMessage_EchoesItWithAnIdAndTheClientActivityIdThenTheReply()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();

        var id = await host.Client.SendMessageAsync(conversation, "hello", clientActivityId: "client-1");

        Assert.Equal($"{conversation.ConversationId}|0000002", id);
        var set = await host.Client.GetActivitiesAsync(conversation, "1");
        Assert.Equal("3", set.Watermark);
        Assert.Collection(
            set.Activities,
            echo =>
            {
                Assert.Equal(id, echo.Id);
                Assert.Equal("hello", echo.Text);
                Assert.Equal("client-1", echo.ChannelData?.GetProperty("clientActivityID").GetString());
                Assert.Equal(conversation.UserId, echo.From?.Id);
                Assert.Equal(RoleTypes.User, echo.From?.Role);
                Assert.Equal(Channels.Webchat, echo.ChannelId);
                Assert.NotNull(echo.Timestamp);
            },
            reply =>
            {
                Assert.Equal(EchoBot.EchoOf("hello"), reply.Text);
                Assert.Equal(id, reply.ReplyToId);
                Assert.Equal($"{conversation.ConversationId}|0000003", reply.Id);
            });
    }

    [Fact]
    public async Task GettingAfterAWatermark_ReturnsOnlyNewerActivities()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();
        await host.Client.SendMessageAsync(conversation, "one");
        var before = await host.Client.GetActivitiesAsync(conversation);

        await host.Client.SendMessageAsync(conversation, "two");
        var after = await host.Client.GetActivitiesAsync(conversation, before.Watermark);

        Assert.Equal(["welcome", "one", "echo: one"], before.Activities.Select(Describe));
        Assert.Equal(["two", "echo: two"], after.Activities.Select(Describe));
        Assert.Empty((await host.Client.GetActivitiesAsync(conversation, after.Watermark)).Activities);
    }

    [Fact]
    public async Task TheBotsTurn_SeesANormalWebChatActivityFromTheTokensUser()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();
        var message = DirectLineClient.Message("hi");
        message.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await host.Client.PostActivityAsync(conversation.ConversationId, conversation.Token, message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var seen = host.Bot.Received.Last();
        Assert.Equal(Channels.Webchat, seen.ChannelId);
        Assert.Equal(conversation.UserId, seen.From?.Id);
        Assert.Equal("Pat", seen.From?.Name);
        Assert.Equal("backcarebot", seen.Recipient?.Id);
        Assert.Equal(conversation.ConversationId, seen.Conversation?.Id);
        Assert.Null(seen.DeliveryMode);
        Assert.Null(seen.CallerId);
        Assert.Equal(host.BaseAddress.ToString(), seen.ServiceUrl);
        Assert.Equal($"{conversation.ConversationId}|0000002", seen.Id);
    }

    [Fact]
    public async Task TypingFromTheBot_IsNotReturnedByGet()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();

        await host.Client.SendMessageAsync(conversation, EchoBot.TypingPrefix + "please");

        var set = await host.Client.GetActivitiesAsync(conversation, "1");
        Assert.Equal(["typing please", "echo: typing please"], set.Activities.Select(Describe));
        Assert.Equal("4", set.Watermark);
    }

    [Fact]
    public async Task ABotThatFailsButApologises_Answers200AndTheApologyIsDelivered()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();

        await host.Client.SendMessageAsync(conversation, EchoBot.Fail);

        var apology = (await host.Client.GetActivitiesAsync(conversation, "2")).Activities.Single();
        Assert.Equal(ApologyOnlyRecovery.DefaultApology, apology.Text);
    }

    [Fact]
    public async Task ABotThatFailsBeyondRecovery_Answers502WithTheEchoStillLogged()
    {
        await using var host = await DirectLineHost.StartAsync(new DirectLineHostSettings { Recovery = new FailingRecovery() });
        var conversation = await host.Client.StartNewAsync();

        using var response = await host.Client.PostActivityAsync(conversation.ConversationId, conversation.Token, DirectLineClient.Message(EchoBot.Fail));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("BotError", await DirectLineClient.ErrorCodeAsync(response));
        Assert.Equal([EchoBot.Fail], (await host.Client.GetActivitiesAsync(conversation, "1")).Activities.Select(activity => activity.Text));
    }

    [Fact]
    public async Task Middleware_RunsForDirectLineTurnsAndItsSendHandlerSeesTheLoggedIds()
    {
        var middleware = new RecordingMiddleware();
        var settings = new DirectLineHostSettings();
        settings.Middleware.Add(middleware);
        await using var host = await DirectLineHost.StartAsync(settings);
        var conversation = await host.Client.StartNewAsync();

        await host.Client.SendMessageAsync(conversation, "hello");

        Assert.Equal([ActivityTypes.ConversationUpdate, ActivityTypes.Message], middleware.Turns);
        Assert.Equal([$"{conversation.ConversationId}|0000001", $"{conversation.ConversationId}|0000003"], middleware.SentIds);
    }

    [Fact]
    public async Task TheLog_KeepsTheNewestActivitiesWhileWatermarksKeepCounting()
    {
        var settings = new DirectLineHostSettings();
        settings.Configuration["DirectLine:MaxActivitiesPerConversation"] = "10";
        await using var host = await DirectLineHost.StartAsync(settings);
        var conversation = await host.Client.StartNewAsync();

        for (var i = 1; i <= 8; i++)
        {
            await host.Client.SendMessageAsync(conversation, $"m{i}");
        }

        var set = await host.Client.GetActivitiesAsync(conversation);
        Assert.Equal("17", set.Watermark);
        Assert.Equal(10, set.Activities.Count);
        Assert.Equal($"{conversation.ConversationId}|0000008", set.Activities[0].Id);
        Assert.Equal(["m4", "echo: m4"], set.Activities.Take(2).Select(Describe));
    }

    [Fact]
    public async Task StartingPastTheConversationLimit_EvictsTheLeastRecentlyUsed()
    {
        var settings = new DirectLineHostSettings();
        settings.Configuration["DirectLine:MaxConversations"] = "2";
        await using var host = await DirectLineHost.StartAsync(settings);
        var oldest = await host.Client.StartNewAsync();
        var recent = await host.Client.StartNewAsync();
        await host.Client.GetActivitiesAsync(oldest);

        await host.Client.StartNewAsync();

        using var evicted = await host.Client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{recent.ConversationId}/activities", recent.Token);
        Assert.Equal(HttpStatusCode.NotFound, evicted.StatusCode);
        Assert.Single((await host.Client.GetActivitiesAsync(oldest)).Activities);
    }

    [Fact]
    public async Task MessageText_NeverReachesTheLogs()
    {
        const string text = "my private back trouble";
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();

        await host.Client.SendMessageAsync(conversation, text);
        using var bad = await host.Client.PostActivityAsync(conversation.ConversationId, conversation.Token, new Activity { Text = text });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.DoesNotContain(host.Logs.GetSnapshot(), record => record.Message.Contains("private", StringComparison.Ordinal)
            || record.Message.Contains(conversation.Token, StringComparison.Ordinal)
            || record.Message.Contains(conversation.ConversationId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Uploading_IsRefusedAsNotImplemented()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();

        using var response = await host.Client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/upload?userId=x",
            conversation.Token, new ByteArrayContent([1, 2, 3]));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Equal("NotImplemented", await DirectLineClient.ErrorCodeAsync(response));
    }

    private static string Describe(Activity activity) => activity.Text == EchoBot.Welcome ? "welcome" : activity.Text ?? activity.Type ?? string.Empty;
}
