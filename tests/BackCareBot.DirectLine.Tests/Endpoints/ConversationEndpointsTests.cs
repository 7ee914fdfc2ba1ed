using System.Net;
using BackCareBot.BotFramework.Schema;
using BackCareBot.DirectLine.Tests.Support;

namespace BackCareBot.DirectLine.Tests.Endpoints;

public sealed class ConversationEndpointsTests
{
    [Fact]
    public async Task StartingWithANewToken_Answers201WithTheTokensConversationAndAStreamUrl()
    {
        await using var host = await DirectLineHost.StartAsync();
        var grant = await host.Client.GetTokenAsync();

        using var response = await host.Client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", grant.Token);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var conversation = (await DirectLineClient.ReadAsync<ConversationDto>(response))!;
        Assert.Equal(grant.ConversationId, conversation.ConversationId);
        Assert.Equal(grant.Token, conversation.Token);
        Assert.InRange(conversation.ExpiresIn, 1790, 1800);
        Assert.StartsWith($"ws://{host.BaseAddress.Authority}/v3/directline/conversations/{grant.ConversationId}/stream?t=", conversation.StreamUrl, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task StartingAgainWithTheSameToken_Answers200AndDoesNotWelcomeTwice()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();

        using var again = await host.Client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(conversation.ConversationId, (await DirectLineClient.ReadAsync<ConversationDto>(again))!.ConversationId);
        Assert.Single(host.Bot.Received, activity => activity.IsType(ActivityTypes.ConversationUpdate));
    }

    [Fact]
    public async Task Starting_SendsTheBotAConversationUpdateAndTheWelcomeReachesTheClient()
    {
        await using var host = await DirectLineHost.StartAsync();

        var conversation = await host.Client.StartNewAsync();

        var update = Assert.Single(host.Bot.Received);
        Assert.Equal(ActivityTypes.ConversationUpdate, update.Type);
        Assert.Equal(Channels.Webchat, update.ChannelId);
        Assert.Equal(conversation.ConversationId, update.Conversation?.Id);
        Assert.Equal("en-US", update.Locale);
        Assert.Equal(["backcarebot", conversation.UserId], update.MembersAdded!.Select(member => member.Id));
        var welcome = Assert.Single((await host.Client.GetActivitiesAsync(conversation)).Activities);
        Assert.Equal(EchoBot.Welcome, welcome.Text);
        Assert.Equal($"{conversation.ConversationId}|0000001", welcome.Id);
        Assert.Equal(RoleTypes.Bot, welcome.From?.Role);
        Assert.Equal(conversation.UserId, welcome.Recipient?.Id);
    }

    [Fact]
    public async Task Reconnecting_GivesAFreshStreamUrlThatResumesAfterTheWatermark()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();

        var reconnected = await host.Client.ReconnectAsync(conversation, "1");

        Assert.Equal(conversation.ConversationId, reconnected.ConversationId);
        Assert.Equal(conversation.Token, reconnected.Token);
        Assert.NotEqual(conversation.StreamUrl, reconnected.StreamUrl);
        Assert.Contains("/stream?watermark=1&t=", reconnected.StreamUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SessionId_IsEmptyForAValidToken()
    {
        await using var host = await DirectLineHost.StartAsync();
        var conversation = await host.Client.StartNewAsync();

        using var response = await host.Client.SendAsync(HttpMethod.Get, "/v3/directline/session/getsessionid", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"sessionId":""}""", await response.Content.ReadAsStringAsync());
    }
}
