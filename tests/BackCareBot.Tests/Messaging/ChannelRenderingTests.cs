using System.Net;
using System.Text.Json.Nodes;
using BackCareBot.Conversation.Wording;
using BackCareBot.Tests.Support;

namespace BackCareBot.Tests.Messaging;

/// <summary>
/// The same answer dressed for the channel it goes to: Teams gets an @mention understood, card buttons, its tenant
/// back and blank-line paragraphs; Web Chat, Direct Line and the Emulator get suggested actions; advice with a
/// picture is an Adaptive Card on every channel that shows them, and plain words on the others.
/// </summary>
[Collection(MessagingHostGroup.Name)]
public sealed class ChannelRenderingTests(MessagingHost host)
{
    private const string HeroCard = "application/vnd.microsoft.card.hero";
    private const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";

    [Fact]
    public async Task TeamsMention_IsUnderstood()
    {
        var reply = await DeliverAsync(TeamsMention("how long do I hold the hamstring stretch"));

        Assert.Equal("hamstring-stretch", ReplyEntities.AdviceId(reply));
    }

    [Fact]
    public async Task TeamsAdvice_IsAnAdaptiveCardWithImBackSubmitsInsteadOfSuggestedActions()
    {
        var reply = await DeliverAsync(TeamsMention("how long do I hold the hamstring stretch"));

        Assert.Null(reply["suggestedActions"]);
        var attachment = Assert.Single(reply["attachments"]!.AsArray());
        Assert.Equal(AdaptiveCard, (string?)attachment!["contentType"]);
        var actions = attachment["content"]!["actions"]!.AsArray();
        Assert.NotEmpty(actions);
        Assert.All(actions, action =>
        {
            Assert.Equal("Action.Submit", (string?)action!["type"]);
            Assert.Equal("imBack", (string?)action["data"]!["msteams"]!["type"]);
            Assert.Equal((string?)action["title"], (string?)action["data"]!["msteams"]!["value"]);
        });
    }

    [Fact]
    public async Task TeamsReplyWithoutACard_KeepsHeroCardImBackButtons()
    {
        var reply = await DeliverAsync(TeamsMention("why does sitting make my lower back stiff"));

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
        var reply = await DeliverAsync(TeamsMention("how long do I hold the hamstring stretch"));

        Assert.Equal(Inbound.TenantId, (string?)reply["channelData"]?["tenant"]?["id"]);
    }

    [Fact]
    public async Task Teams_SeparatesParagraphsWithABlankLine()
    {
        var reply = await DeliverAsync(TeamsMention("why does sitting make my lower back stiff"));

        var paragraphs = ((string)reply["text"]!).Split("\n\n");
        Assert.True(paragraphs.Length > 1, "The explanation has more than one paragraph.");
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
    public async Task OtherCardChannels_GetTheAdviceCardWithItsPictureAndSuggestedActions(string channelId)
    {
        var reply = await DeliverAsync(connector =>
            Inbound.Message("how long do I hold the hamstring stretch?", Inbound.NewConversationId(), connector.ServiceUrl, channelId));

        var card = Assert.Single(reply["attachments"]!.AsArray())!;
        Assert.Equal(AdaptiveCard, (string?)card["contentType"]);
        var image = card["content"]!["body"]!.AsArray().Single(element => (string?)element!["type"] == "Image")!;
        Assert.Equal("/illustrations/hamstring-stretch.png", (string?)image["url"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)image["altText"]));
        Assert.Null(reply["text"]);
        Assert.StartsWith("**Hamstring stretch**", (string?)reply["summary"], StringComparison.Ordinal);
        var actions = reply["suggestedActions"]?["actions"]?.AsArray();
        Assert.NotNull(actions);
        Assert.NotEmpty(actions);
        Assert.All(actions, action => Assert.Equal("imBack", (string?)action!["type"]));
        Assert.Equal([Inbound.UserId], reply["suggestedActions"]!["to"]!.AsArray().Select(id => (string?)id));
        Assert.Equal("hamstring-stretch", ReplyEntities.AdviceId(reply));
    }

    [Fact]
    public async Task AChannelWithoutCards_GetsThePlainTextWithTheSuggestions()
    {
        var reply = await DeliverAsync(connector =>
            Inbound.Message("how long do I hold the hamstring stretch?", Inbound.NewConversationId(), connector.ServiceUrl, "slack"));

        Assert.Null(reply["attachments"]);
        Assert.StartsWith("**Hamstring stretch**", (string?)reply["text"], StringComparison.Ordinal);
        Assert.NotEmpty(reply["suggestedActions"]!["actions"]!.AsArray());
        Assert.Equal("hamstring-stretch", ReplyEntities.AdviceId(reply));
    }

    [Theory]
    [InlineData("en-US", "911")]
    [InlineData("en-GB", "999")]
    [InlineData("en-AU", "000")]
    public async Task EmergencyOnAChannelWithoutCards_NamesTheLocalNumberInItsText(string locale, string number)
    {
        var reply = await DeliverAsync(connector =>
        {
            var activity = Inbound.Message("my back hurts and I can't control my bladder", Inbound.NewConversationId(), connector.ServiceUrl, "slack");
            activity["locale"] = locale;
            return activity;
        });

        Assert.Null(reply["attachments"]);
        Assert.Contains($"call {number} ", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Equal("emergency", ReplyEntities.TriageLevel(reply));
    }

    private static Func<FakeConnector, JsonObject> TeamsMention(string question) => connector =>
    {
        var activity = Inbound.Message(
            $"<at>{Inbound.BotName}</at> {question}", $"19:general@thread.tacv2;messageid={Guid.NewGuid():N}", connector.ServiceUrl);
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
