using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace BackCareBot.WebChat.Tests;

/// <summary>
/// The bot's Adaptive Cards as Web Chat draws them, on a phone and a desktop screen: the advice with its picture whole
/// and its title in view, and the emergency card that stands out, names the number of the browser's country and dials
/// it with one tap. Screenshots go to <see cref="WebChatFixture.ScreenshotFolder"/>, for a person to look at.
/// </summary>
public sealed class WebChatCardTests(WebChatFixture fixture, ITestOutputHelper output) : IClassFixture<WebChatFixture>
{
    private const string Welcome = "Ask me about a stiff lower back";
    private const string HamstringQuestion = "how long do I hold the hamstring stretch?";
    private const string HamstringAlt = "Two ways to do the hamstring stretch";
    private const string Emergency = "my back hurts and I can't control my bladder";

    /// <summary>Tapping a <c>tel:</c> button makes Web Chat open the link; the page records it instead of leaving.</summary>
    private const string RecordOpenedLinks =
        """
        window.openedLinks = [];
        window.open = url => {
          if (url) window.openedLinks.push(String(url));
          return { opener: null, set location(value) { window.openedLinks.push(String(value)); } };
        };
        """;

    public static TheoryData<string> Screens => ["phone", "desktop"];

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task AdviceCard_ShowsItsTitleAndTheWholePicture_WithTheQuickRepliesBelow(string screen)
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, Page(), Screen(screen, "en-US"));
        await chat.ExpectBotReplyAsync(0, Welcome);

        await chat.SendAsync(HamstringQuestion);
        await chat.ExpectBotReplyAsync(1, "Hamstring stretch");

        var card = chat.BotMessages.Nth(1);
        var picture = card.Locator($"img[alt^='{HamstringAlt}']");
        await Expect(picture).ToBeVisibleAsync();
        await picture.EvaluateAsync("image => image.decode()");
        Assert.True(await picture.EvaluateAsync<bool>("image => image.complete && image.naturalWidth > 0"), "The picture loaded.");
        await Expect(card.GetByRole(AriaRole.Heading, new() { Name = "Hamstring stretch" })).ToBeVisibleAsync();
        await Expect(chat.SuggestedAction("How do I do it?")).ToBeVisibleAsync();
        await chat.WaitForScrollToRestAsync();
        output.WriteLine($"Screenshot: {await chat.ScreenshotAsync($"{screen}-advice-card")}");

        var bubble = await BoxAsync(card);
        var image = await BoxAsync(picture);
        var view = await BoxAsync(chat.Page.Locator(".webchat__basic-transcript__scrollable"));
        Assert.True(image.X >= bubble.X - 1 && image.X + image.Width <= bubble.X + bubble.Width + 1, "The picture fits inside its card.");
        Assert.InRange(image.Height, 120, view.Height * 0.6);
        var drawn = await picture.EvaluateAsync<double>("image => image.naturalWidth / image.naturalHeight");
        Assert.InRange(image.Width / image.Height, drawn * 0.97, drawn * 1.03);
        Assert.Empty(chat.Errors);
    }

    [Fact]
    public async Task TwoThingsComparedOnAPhone_ComeAsALineAndBothCards_TheFirstInView()
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, Page(), Screen("phone", "en-US"));
        await chat.ExpectBotReplyAsync(0, Welcome);

        await chat.SendAsync("foam roller or massage ball?");
        await chat.ExpectBotReplyAsync(1, "compare these two or rank them");
        await chat.ExpectBotReplyAsync(2, "Foam roller");
        await chat.ExpectBotReplyAsync(3, "Massage ball for your glutes");

        await Expect(chat.BotMessages.Nth(2).GetByRole(AriaRole.Heading, new() { Name = "Foam roller" })).ToBeVisibleAsync();
        await Expect(chat.SuggestedAction("How do I do it?")).ToBeVisibleAsync();
        await chat.WaitForScrollToRestAsync();
        output.WriteLine($"Screenshot: {await chat.ScreenshotAsync("phone-comparison")}");
        Assert.Empty(chat.Errors);
    }

    [Theory]
    [InlineData("phone", "en-GB", "999")]
    [InlineData("desktop", "en-US", "911")]
    public async Task EmergencyCard_StandsOut_AndItsButtonDialsTheNumberOfTheBrowsersCountry(string screen, string locale, string number)
    {
        await using var chat = await ChatPage.OpenAsync(
            fixture.Browser, Page(), Screen(screen, locale), context => context.AddInitScriptAsync(RecordOpenedLinks));
        await chat.ExpectBotReplyAsync(0, Welcome);

        await chat.SendAsync(Emergency);
        await chat.ExpectBotReplyAsync(1, $"Please call {number} or go to the nearest emergency department now.");

        var card = chat.BotMessages.Nth(1);
        var heading = card.GetByRole(AriaRole.Heading, new() { Name = $"Please call {number}" });
        await Expect(heading).ToBeVisibleAsync();
        var call = card.GetByRole(AriaRole.Button, new() { Name = $"Call {number}", Exact = true });
        await Expect(call).ToBeVisibleAsync();
        await chat.WaitForScrollToRestAsync();
        output.WriteLine($"Screenshot: {await chat.ScreenshotAsync($"{screen}-emergency-card")}");

        // The heading is in the attention colour, unlike every other line, and like all of them readable (WCAG AA).
        var headingColour = await heading.EvaluateAsync<string>("heading => getComputedStyle(heading).color");
        var bodyColour = await card.GetByText("You mentioned").EvaluateAsync<string>("text => getComputedStyle(text).color");
        output.WriteLine($"Heading {headingColour}, text {bodyColour}");
        Assert.NotEqual(bodyColour, headingColour);
        var contrast = await chat.Page.EvaluateAsync<JsonElement>(ContrastCheck.Script);
        Assert.All(contrast.EnumerateArray(), text =>
            Assert.True(text.GetProperty("ratio").GetDouble() >= text.GetProperty("needed").GetDouble(), $"'{text.GetProperty("text")}' has contrast {text.GetProperty("ratio").GetDouble():F2}:1"));

        await call.ClickAsync();
        await chat.Page.WaitForFunctionAsync("() => window.openedLinks.length > 0");
        Assert.Equal([$"tel:{number}"], await chat.Page.EvaluateAsync<string[]>("() => window.openedLinks"));
        Assert.Empty(chat.Errors);
    }

    private static BrowserNewContextOptions Screen(string screen, string locale) => screen == "phone"
        ? new() { ViewportSize = new() { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true, Locale = locale }
        : new() { ViewportSize = new() { Width = 1280, Height = 860 }, Locale = locale };

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator)
    {
        await Expect(locator).ToBeVisibleAsync();
        return await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("The element has no box.");
    }

    private Uri Page() => new(fixture.Bot.Address, "/");
}
