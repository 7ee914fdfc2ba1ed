using System.Net;
using System.Text.Json;
using BackCareBot.BotFramework.Schema;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Conversation.Bot;
using BackCareBot.Tests.Support;

namespace BackCareBot.Tests.Messaging;

/// <summary>
/// Membership events: everyone added except the bot is welcomed once, however often the channel repeats the
/// update; an install welcomes the installer; an uninstall forgets the conversation.
/// </summary>
[Collection(MessagingHostGroup.Name)]
public sealed class MembershipTests(MessagingHost host)
{
    private const string SecondUserId = "29:2second-user";

    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    public async Task PersonAddedWithTheBot_IsWelcomedOnce(string channelId)
    {
        await using var connector = await FakeConnector.StartAsync();

        using var response = await host.Client.PostActivityAsync(
            Inbound.ConversationUpdate(Inbound.NewConversationId(), connector.ServiceUrl, channelId, Inbound.BotId, Inbound.UserId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var welcome = Assert.Single(connector.Requests).Activity;
        Assert.Equal("message", (string?)welcome["type"]);
        Assert.Equal(Inbound.BotId, (string?)welcome["from"]?["id"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)welcome["text"]));
        Assert.Null(welcome["entities"]);
    }

    [Fact]
    public async Task TwoPeopleAdded_GetOneWelcomeForTheConversation()
    {
        await using var connector = await FakeConnector.StartAsync();

        using var response = await host.Client.PostActivityAsync(
            Inbound.ConversationUpdate(Inbound.NewConversationId(), connector.ServiceUrl, "msteams", Inbound.UserId, SecondUserId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task AnUpdateWithThousandsOfMembers_GetsOneWelcome_AndTheStoredListStaysBounded()
    {
        var conversationId = Inbound.NewConversationId();
        var address = new Activity { ChannelId = "msteams", Conversation = new ConversationAccount { Id = conversationId } };
        var storage = host.Get<IStorage>();

        // Enough updates that the members read from them outnumber what is remembered.
        var batches = (WelcomeTracker.MaxRemembered / BackCareConversationBot.MaxMembersPerUpdate) + 2;
        foreach (var batch in Enumerable.Range(0, batches).Select(n => $"b{n}-"))
        {
            var members = Enumerable.Range(0, 8_000).Select(n => $"{batch}{n}").ToArray();
            var replies = await host.Client.ExpectRepliesAsync(Inbound.ConversationUpdate(conversationId, "http://127.0.0.1:9/", "msteams", members));

            Assert.Single(replies);
            var stored = (await storage.ReadAsync(ConversationKeys.Welcomed(address)))!.Document.GetProperty("ids").GetArrayLength();
            Assert.InRange(stored, 1, WelcomeTracker.MaxRemembered);
        }

        Assert.Equal(WelcomeTracker.MaxRemembered, (await storage.ReadAsync(ConversationKeys.Welcomed(address)))!.Document.GetProperty("ids").GetArrayLength());
    }

    [Fact]
    public async Task OnlyTheBotAdded_SendsNothing()
    {
        await using var connector = await FakeConnector.StartAsync();

        using var response = await host.Client.PostActivityAsync(
            Inbound.ConversationUpdate(Inbound.NewConversationId(), connector.ServiceUrl, "msteams", Inbound.BotId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task SameUpdateTwice_WelcomesOnce()
    {
        await using var connector = await FakeConnector.StartAsync();
        var update = Inbound.ConversationUpdate(Inbound.NewConversationId(), connector.ServiceUrl, "msteams", Inbound.BotId, Inbound.UserId);

        using var first = await host.Client.PostActivityAsync(update);
        using var second = await host.Client.PostActivityAsync(update);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task InstallationAdd_WelcomesTheInstallerAndTheFollowingMemberUpdateDoesNotRepeatIt()
    {
        await using var connector = await FakeConnector.StartAsync();
        var conversationId = Inbound.NewConversationId();

        using var install = await host.Client.PostActivityAsync(Inbound.InstallationUpdate("add", conversationId, connector.ServiceUrl));
        using var membersAdded = await host.Client.PostActivityAsync(
            Inbound.ConversationUpdate(conversationId, connector.ServiceUrl, "msteams", Inbound.BotId, Inbound.UserId));

        Assert.Equal(HttpStatusCode.OK, install.StatusCode);
        Assert.Equal(HttpStatusCode.OK, membersAdded.StatusCode);
        var welcome = Assert.Single(connector.Requests).Activity;
        Assert.Equal(Inbound.UserId, (string?)welcome["recipient"]?["id"]);
    }

    [Fact]
    public async Task InstallationRemove_Is200AndDeletesWhatIsStoredAboutTheConversation()
    {
        await using var connector = await FakeConnector.StartAsync();
        var conversationId = Inbound.NewConversationId();
        var storage = host.Get<IStorage>();
        var address = new Activity { ChannelId = "msteams", Conversation = new ConversationAccount { Id = conversationId } };
        var keys = ConversationKeys.All(address);
        await storage.WriteAsync(ConversationKeys.DialogState(address), new StoreItem(JsonSerializer.SerializeToElement(new { step = "asked-duration" })));
        using var added = await host.Client.PostActivityAsync(
            Inbound.ConversationUpdate(conversationId, connector.ServiceUrl, "msteams", Inbound.UserId));
        Assert.Equal(keys.Count, (await storage.ReadAsync(keys, CancellationToken.None)).Count);

        using var removed = await host.Client.PostActivityAsync(Inbound.InstallationUpdate("remove", conversationId, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Empty(await storage.ReadAsync(keys, CancellationToken.None));
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task AfterAnUninstall_APersonAddedAgainIsWelcomedAgain()
    {
        await using var connector = await FakeConnector.StartAsync();
        var conversationId = Inbound.NewConversationId();
        var update = Inbound.ConversationUpdate(conversationId, connector.ServiceUrl, "msteams", Inbound.UserId);
        using var before = await host.Client.PostActivityAsync(update);
        using var uninstall = await host.Client.PostActivityAsync(Inbound.InstallationUpdate("remove", conversationId, connector.ServiceUrl));

        using var after = await host.Client.PostActivityAsync(update);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(2, connector.Requests.Count);
    }
}
