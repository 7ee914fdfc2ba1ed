using System.Net;
using System.Text.Json.Nodes;
using BackCareBot.Conversation.Wording;
using BackCareBot.Tests.Support;

namespace BackCareBot.Tests.Messaging;

/// <summary>
/// The same answer dressed for the channel it goes to: Teams gets an @mention understood, hero card buttons, its
/// tenant back and blank-line paragraphs; Web Chat, Direct Line and the Emulator get suggested actions.
/// </summary>
[Collection(MessagingHostGroup.Name)]
public sealed class ChannelRenderingTests(MessagingHost host)
{
    private const string HeroCard = "application/vnd.microsoft.card.hero";

    [Fact]
    public async Task TeamsMention_IsUnderstood()
    {
        var reply = await DeliverAsync(TeamsMention());

        Assert.Equal("hamstring-stretch", ReplyEntities.AdviceId(reply));
    }

    [Fact]
    public async Task Teams_GetsHeroCardImBackButtonsInsteadOfSuggestedActions()
    {
        var reply = await DeliverAsync(TeamsMention());

        Assert.Null(reply["suggestedActions"]);
        var attachment = Assert.Single(reply["attachments"]!.AsArray());
        Assert.Equal(HeroCard, (string?)attachment!["contentType"]);
        var buttons = attachment["content"]!["buttons"]!.AsArray();
        Assert.NotEmpty(buttons);
        Assert.All(buttons, button =>
        {
            Assert.Equal("imBack", (string?)button!["type"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)button["value"]));
        });
    }

    [Fact]
    public async Task Teams_CarriesTheTenantInChannelData()
    {
        var reply = await DeliverAsync(TeamsMention());

        Assert.Equal(Inbound.TenantId, (string?)reply["channelData"]?["tenant"]?["id"]);
    }

    [Fact]
    public async Task Teams_SeparatesParagraphsWithABlankLine()
    {
        var reply = await DeliverAsync(TeamsMention());

        var paragraphs = ((string)reply["text"]!).Split("\n\n");
        Assert.True(paragraphs.Length > 1, "The advice has more than one paragraph.");
        Assert.All(paragraphs, paragraph => Assert.DoesNotContain('\n', paragraph));
    }

    [Fact]
    public async Task TeamsTriage_KeepsEachParagraphOfTheWordingWhole()
    {
        var wording = host.Get<ReplyWording>();

        var reply = await DeliverAsync(connector =>
            Inbound.Message("I have a sharp pain in my lower back", Inbound.NewConversationId(), connector.ServiceUrl));

        Assert.Equal("doctor", ReplyEntities.TriageLevel(reply));
        Assert.Equal(Paragraphs(wording.Triage.Doctor).Length, Paragraphs((string)reply["text"]!).Length);
    }

    [Fact]
    public async Task TeamsWelcome_KeepsEachParagraphOfTheWordingWhole()
    {
        var wording = host.Get<ReplyWording>();

        var reply = await DeliverAsync(connector =>
            Inbound.ConversationUpdate(Inbound.NewConversationId(), connector.ServiceUrl, "msteams", Inbound.UserId));

        Assert.Equal(Paragraphs(wording.Welcome).Length + Paragraphs(wording.Disclaimer).Length, Paragraphs((string)reply["text"]!).Length);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    public async Task OtherChannels_GetSuggestedActions(string channelId)
    {
        var reply = await DeliverAsync(connector =>
            Inbound.Message("how long do I hold the hamstring stretch?", Inbound.NewConversationId(), connector.ServiceUrl, channelId));

        Assert.Null(reply["attachments"]);
        var actions = reply["suggestedActions"]?["actions"]?.AsArray();
        Assert.NotNull(actions);
        Assert.NotEmpty(actions);
        Assert.All(actions, action => Assert.Equal("imBack", (string?)action!["type"]));
        Assert.Equal([Inbound.UserId], reply["suggestedActions"]!["to"]!.AsArray().Select(id => (string?)id));
        Assert.Equal("hamstring-stretch", ReplyEntities.AdviceId(reply));
    }

    private static Func<FakeConnector, JsonObject> TeamsMention() => connector =>
    {
        var activity = Inbound.Message(
            $"<at>{Inbound.BotName}</at> how long do I hold the hamstring stretch", "19:general@thread.tacv2;messageid=1715", connector.ServiceUrl);
        activity["conversation"]!["conversationType"] = "channel";
        activity["conversation"]!["isGroup"] = true;
        activity["entities"] = new JsonArray(
            new JsonObject
            {
                ["type"] = "mention",
                ["mentioned"] = new JsonObject { ["id"] = Inbound.BotId, ["name"] = Inbound.BotName },
                ["text"] = $"<at>{Inbound.BotName}</at>",
            },
            new JsonObject { ["type"] = "clientInfo", ["locale"] = "en-US", ["country"] = "US", ["platform"] = "Web" });
        return activity;
    };

    private static string[] Paragraphs(string text) => text.Split("\n\n");

    private async Task<JsonNode> DeliverAsync(Func<FakeConnector, JsonObject> activity)
    {
        await using var connector = await FakeConnector.StartAsync();

        using var response = await host.Client.PostActivityAsync(activity(connector));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(connector.Requests).Activity;
    }
}
