using System.Text.Json;
using BackCareBot.BackCare;
using BackCareBot.BackCare.Illustrations;
using BackCareBot.BotFramework.Schema;
using BackCareBot.Conversation.Tests.Support;
using BotChannels = BackCareBot.BotFramework.Schema.Channels;

namespace BackCareBot.Conversation.Tests.Channels;

/// <summary>
/// Replies dressed as Adaptive Cards where the channel shows them: the advice with its picture, title and steps; the
/// emergency and crisis replies standing out, with the numbers of the person's country to tap; the plain text kept
/// as the card's summary and fallback, and as the whole reply where cards are not shown.
/// </summary>
public sealed class CardReplyTests
{
    private const string HamstringQuestion = "how long do I hold the hamstring stretch?";
    private const string BladderEmergency = "my back hurts and I can't control my bladder";
    private const string Crisis = "my back pain is so bad i feel like hurting myself";

    [Fact]
    public async Task Advice_InWebChat_IsACardWithItsTitleAndPicture_ItsTextKeptAsTheSummary()
    {
        await using var bot = new TestBot();

        var reply = Assert.Single(await bot.SayAsync(HamstringQuestion));

        var card = Card(reply);
        var picture = Content.Get<AdvicePictures>().Find(AdviceIds.HamstringStretch)!;
        Assert.Equal("Hamstring stretch", Texts(card)[0]);
        var image = Elements(card, "Image").Single();
        Assert.Equal("/illustrations/hamstring-stretch.png", image.GetProperty("url").GetString());
        Assert.Equal(picture.AltText, image.GetProperty("altText").GetString());
        Assert.Contains(Content.Knowledge[AdviceIds.HamstringStretch].Answer, Texts(card));
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Null(reply.Text);
        Assert.StartsWith("**Hamstring stretch**: ", reply.Summary, StringComparison.Ordinal);
        Assert.Equal(reply.Summary, card.GetProperty("fallbackText").GetString());
        Assert.Equal(3, ReplyReading.Suggestions(reply).Count);
        Assert.Equal(AdviceIds.HamstringStretch, ReplyReading.AdviceId(reply));
        Assert.Equal(InputHints.AcceptingInput, reply.InputHint);
    }

    [Fact]
    public async Task HowTo_IsACardWithThePictureAndTheStepsInOrder()
    {
        await using var bot = new TestBot();
        await bot.SayAsync(HamstringQuestion);

        var reply = Assert.Single(await bot.SayAsync("How do I do it?"));

        var texts = Texts(Card(reply));
        var steps = Content.Knowledge[AdviceIds.HamstringStretch].Steps;
        // Each step keeps its number: a no-break space after it, so no block starts a markdown list of its own at "1.".
        var first = texts.IndexOf($"1.\u00A0{steps[0]}");
        Assert.True(first > 0, "The first step follows the heading.");
        Assert.Equal([.. steps.Select((step, index) => $"{index + 1}.\u00A0{step}")], texts.Skip(first).Take(steps.Count));
        Assert.Single(Elements(Card(reply), "Image"));
    }

    [Fact]
    public async Task AdviceWithoutAPicture_StaysWords()
    {
        await using var bot = new TestBot();

        var reply = Assert.Single(await bot.SayAsync("why does sitting make my lower back stiff?"));

        Assert.Null(reply.Attachments);
        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
    }

    public static TheoryData<string?, string[]> EmergencyNumbers => new()
    {
        { "en-US", ["911"] },
        { "en-GB", ["999"] },
        { "en-IE", ["112", "999"] },
        { "en-AU", ["000"] },
        { "en-NZ", ["111"] },
        { "en-CA", ["911"] },
        { "de-DE", ["112"] },
        { null, ["112"] },
    };

    [Theory]
    [MemberData(nameof(EmergencyNumbers))]
    public async Task Emergency_IsAnAttentionCardWithTheLocalNumberToTap(string? locale, string[] numbers)
    {
        await using var bot = new TestBot(locale: locale);

        var reply = Assert.Single(await bot.SayAsync(BladderEmergency));

        var card = Card(reply);
        var heading = card.GetProperty("body")[0];
        Assert.Equal("Attention", heading.GetProperty("color").GetString());
        Assert.Equal("Large", heading.GetProperty("size").GetString());
        Assert.StartsWith(heading.GetProperty("text").GetString() + "\n\n", reply.Summary, StringComparison.Ordinal);
        Assert.Equal("heading", heading.GetProperty("style").GetString());
        Assert.Equal(numbers.Select(number => ($"Call {number}", $"tel:{number}")), Actions(card));
        Assert.All(numbers, number => Assert.Contains(number, reply.Summary, StringComparison.Ordinal));
        Assert.Equal("emergency", ReplyReading.TriageLevel(reply));
        Assert.Equal(["red-flag:bladder-control"], ReplyReading.TriageReasons(reply));
    }

    [Fact]
    public async Task Emergency_WhereTheCountryIsUnknown_SaysYourLocalEmergencyNumber()
    {
        await using var bot = new TestBot();

        var reply = Assert.Single(await bot.SayAsync(BladderEmergency));

        Assert.StartsWith("Please call your local emergency number (112 ", reply.Summary, StringComparison.Ordinal);
    }

    public static TheoryData<string?, (string, string)[]> CrisisButtons => new()
    {
        { "en-US", [("Call 988", "tel:988"), ("Call 911", "tel:911")] },
        { "en-GB", [("Call Samaritans 116 123", "tel:116123"), ("Call 999", "tel:999")] },
        { "en-IE", [("Call Samaritans 116 123", "tel:116123"), ("Call 112", "tel:112"), ("Call 999", "tel:999")] },
        { "de-DE", [("Call TelefonSeelsorge 0800 111 0 111", "tel:08001110111"), ("Call 112", "tel:112")] },
        { "fr-FR", [("Call 3114", "tel:3114"), ("Call 112", "tel:112")] },
        { "pt-BR", [("Call CVV 188", "tel:188"), ("Call 192", "tel:192")] },
        { "it-IT", [("Call 112", "tel:112")] },
    };

    [Theory]
    [MemberData(nameof(CrisisButtons))]
    public async Task Crisis_IsACardWithTheCrisisLineFirst_ThenTheEmergencyNumber(string? locale, (string, string)[] buttons)
    {
        await using var bot = new TestBot(locale: locale);

        var reply = Assert.Single(await bot.SayAsync(Crisis));

        var card = Card(reply);
        Assert.Equal(Content.Wording.Cards.CrisisHeading, card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("Attention", card.GetProperty("body")[0].GetProperty("color").GetString());
        Assert.Equal(buttons, Actions(card));
        Assert.Empty(ReplyReading.Suggestions(reply));
        Assert.Contains("crisis", ReplyReading.TriageReasons(reply));
    }

    [Fact]
    public async Task Crisis_InTheUs_NamesTheLineToCallOrText()
    {
        await using var bot = new TestBot(locale: "en-US");

        var reply = Assert.Single(await bot.SayAsync(Crisis));

        Assert.Contains("Call or text 988", reply.Summary, StringComparison.Ordinal);
        Assert.Contains("call 911 now", reply.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en-GB", "Please call 999 or go to the nearest emergency department now.")]
    [InlineData(null, "Please call your local emergency number (112 in Europe and many other countries) or go to the nearest emergency department now.")]
    public async Task Emergency_OnAChannelWithoutCards_KeepsTheNumberInItsText(string? locale, string firstParagraph)
    {
        await using var bot = new TestBot(channelId: BotChannels.Slack, locale: locale);

        var reply = Assert.Single(await bot.SayAsync(BladderEmergency));

        Assert.Null(reply.Attachments);
        Assert.StartsWith(firstParagraph + "\n\n", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Emergency_NamesOnlyTheSignsOfThisMessage()
    {
        await using var bot = new TestBot(channelId: BotChannels.Slack, locale: "en-US");
        var first = Assert.Single(await bot.SayAsync("my back hurts and I can't feel anything when I wipe"));

        var second = Assert.Single(await bot.SayAsync("and now I can't control my bladder either"));

        Assert.Contains(Content.Wording.WarningSigns["saddle-numbness"], first.Text, StringComparison.Ordinal);
        Assert.Contains("You mentioned " + Content.Wording.WarningSigns["bladder-control"] + ".", second.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Content.Wording.WarningSigns["saddle-numbness"], second.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Together with back pain", second.Text, StringComparison.Ordinal);
        Assert.Equal(["red-flag:bladder-control", "red-flag:saddle-numbness"], ReplyReading.TriageReasons(second).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TeamsCard_HasTheQuickRepliesAsImBackSubmits_AndNoPictureWithoutAPublicAddress()
    {
        await using var bot = new TestBot(channelId: BotChannels.MsTeams, locale: "en-US");

        var reply = Assert.Single(await bot.SayAsync(BladderEmergency));

        var card = Card(reply);
        Assert.Null(reply.SuggestedActions);
        var submits = card.GetProperty("actions").EnumerateArray().Where(action => action.GetProperty("type").GetString() == "Action.Submit").ToList();
        Assert.Equal(
            [Content.Wording.Actions.WhereToGo, Content.Wording.Actions.IsItSerious],
            submits.Select(submit => submit.GetProperty("data").GetProperty("msteams").GetProperty("value").GetString()));
        Assert.Equal(("Call 911", "tel:911"), Actions(card)[0]);

        await using var another = new TestBot(channelId: BotChannels.MsTeams, conversationId: "conversation-2");
        var advice = Card(Assert.Single(await another.SayAsync(HamstringQuestion)));
        Assert.Empty(Elements(advice, "Image"));
    }

    private static JsonElement Card(Activity reply)
    {
        var attachment = Assert.Single(reply.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, attachment.ContentType);
        return attachment.Content!.Value;
    }

    private static List<JsonElement> Elements(JsonElement card, string type) =>
        [.. Descendants(card).Where(element => element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type", out var kind) && kind.GetString() == type)];

    private static List<string> Texts(JsonElement card) => [.. Elements(card, "TextBlock").Select(block => block.GetProperty("text").GetString()!)];

    private static List<(string, string)> Actions(JsonElement card) =>
        card.TryGetProperty("actions", out var actions)
            ? [.. actions.EnumerateArray().Where(action => action.GetProperty("type").GetString() == "Action.OpenUrl")
                .Select(action => (action.GetProperty("title").GetString()!, action.GetProperty("url").GetString()!))]
            : [];

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(property => property.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var child in children.SelectMany(Descendants))
        {
            yield return child;
        }
    }
}
