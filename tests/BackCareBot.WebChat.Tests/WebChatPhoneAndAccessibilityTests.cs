using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace BackCareBot.WebChat.Tests;

/// <summary>
/// What a person on a phone and a person with a screen reader get from the page: a long reply read from its start,
/// buttons that show their whole label, text readable at WCAG AA contrast, the bot announced by its name, and a
/// reload that keeps the conversation. Screenshots go to <see cref="WebChatFixture.ScreenshotFolder"/>.
/// </summary>
public sealed class WebChatPhoneAndAccessibilityTests(WebChatFixture fixture, ITestOutputHelper output) : IClassFixture<WebChatFixture>
{
    private const string Welcome = "Ask me about a stiff lower back";
    private const string WindmillQuestion = "how do I do a half kneeling windmill";
    private const string WindmillTitle = "Half-kneeling hip flexor stretch and windmill";
    private const string HowTo = "How do I do it?";
    private const string RollerOrDesk = "should I get a foam roller or a standing desk";
    private const string LongLabel = "Stand while you work (a reader's tip)";
    private const string HamstringQuestion = "how long do I hold the hamstring stretch?";
    private const string HamstringAnswer = "John Levya";
    private const string HamstringSteps = "Sit on the edge of a chair with one leg straight out in front";

    private static readonly BrowserNewContextOptions Phone = new()
    {
        ViewportSize = new() { Width = 390, Height = 844 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
    };

    private static readonly BrowserNewContextOptions Desktop = new() { ViewportSize = new() { Width = 1280, Height = 860 } };

    /// <summary>The guided routine on a phone: one stretch at a time, moved on by its Next button; a warning sign stops it.</summary>
    [Fact]
    public async Task PhoneScreen_TheGuidedRoutineGoesStepByStepAndAWarningSignInterruptsIt()
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, Page("/"), Phone);
        await chat.ExpectBotReplyAsync(0, Welcome);

        await chat.SendAsync("give me a routine");
        await chat.ExpectBotReplyAsync(1, "Stretch 1 of 5");
        await chat.SuggestedAction("Next").ClickAsync();
        await chat.ExpectBotReplyAsync(2, "Stretch 2 of 5");
        await chat.WaitForScrollToRestAsync();
        output.WriteLine($"Screenshot: {await chat.ScreenshotAsync("phone-routine")}");

        await chat.SendAsync("my legs are both going numb");
        await chat.ExpectBotReplyAsync(3, "or go to the nearest emergency department now");
        await chat.WaitForScrollToRestAsync();
        output.WriteLine($"Screenshot: {await chat.ScreenshotAsync("phone-emergency")}");
        await Expect(chat.SuggestedAction("Next")).ToHaveCountAsync(0);
    }

    /// <summary>
    /// "Dodgy knees, no kneeling" said in the routine is kept: the kneeling stretch later in it comes as its version
    /// without kneeling, in words (its picture shows the kneeling one), with the routine's buttons.
    /// </summary>
    [Fact]
    public async Task PhoneScreen_ThePositionRuledOutInTheRoutineGivesTheVersionWithoutIt()
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, Page("/"), Phone);
        await chat.ExpectBotReplyAsync(0, Welcome);

        await chat.SendAsync("give me a routine");
        await chat.ExpectBotReplyAsync(1, "Stretch 1 of 5");
        await chat.SendAsync("dodgy knees, no kneeling please");
        await chat.ExpectBotReplyAsync(2, "needs no kneeling");
        await chat.SuggestedAction("Next").ClickAsync();
        await chat.ExpectBotReplyAsync(3, "Stretch 3 of 5");
        await chat.SuggestedAction("Next").ClickAsync();
        await chat.ExpectBotReplyAsync(4, "Without kneeling, as you said");
        await Expect(chat.BotMessages.Nth(4)).ToContainTextAsync("Hip flexor stretch, standing");
        await Expect(chat.SuggestedAction("Next")).ToHaveCountAsync(1);
        await chat.WaitForScrollToRestAsync();
        output.WriteLine($"Screenshot: {await chat.ScreenshotAsync("phone-routine-without-kneeling")}");
    }

    [Fact]
    public async Task PhoneScreen_ALongReplyStopsWithItsHeadingInView()
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, Page("/"), Phone);
        await chat.ExpectBotReplyAsync(0, Welcome);

        await chat.SendAsync(WindmillQuestion);
        await chat.ExpectBotReplyAsync(1, WindmillTitle);
        await chat.SuggestedAction(HowTo).ClickAsync();
        await chat.ExpectBotReplyAsync(2, "how to do it");
        await chat.WaitForScrollToRestAsync();
        output.WriteLine($"Screenshot: {await chat.ScreenshotAsync("phone-long-reply")}");

        var view = await BoxAsync(chat.Page.Locator(".webchat__basic-transcript__scrollable"));
        var reply = await BoxAsync(chat.BotMessages.Nth(2));
        var heading = await BoxAsync(chat.BotMessages.Nth(2).Locator("strong").First);
        Assert.True(reply.Height > view.Height, $"The reply ({reply.Height:F0} px) must be taller than the transcript ({view.Height:F0} px) for this test to mean anything.");
        Assert.InRange(heading.Y, view.Y - 1, view.Y + view.Height - heading.Height);
        Assert.InRange(reply.Y, view.Y - 1, view.Y + (view.Height / 2));
        Assert.Empty(chat.Errors);
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task SuggestedActions_ShowTheirWholeLabelWithoutEllipsis(string screen)
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, Page("/"), screen == "phone" ? Phone : Desktop);
        await chat.ExpectBotReplyAsync(0, Welcome);

        await chat.SendAsync(RollerOrDesk);
        await chat.ExpectBotReplyAsync(1, "Which of these did you mean?");
        var button = chat.SuggestedAction(LongLabel);
        await Expect(button).ToBeVisibleAsync();
        output.WriteLine($"Screenshot: {await chat.ScreenshotAsync($"{screen}-suggested-actions")}");

        var buttons = await chat.Page.EvaluateAsync<JsonElement>(
            """
            () => [...document.querySelectorAll('[role=toolbar] .webchat__suggested-action')].map(button => {
              const boxes = [button, ...button.querySelectorAll('*')];
              return {
                label: button.textContent.trim(),
                clipped: boxes.filter(box => box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1).length,
                ellipsis: boxes.filter(box => getComputedStyle(box).textOverflow === 'ellipsis' && getComputedStyle(box).whiteSpace === 'nowrap').length,
                right: button.getBoundingClientRect().right,
              };
            })
            """);
        var viewportWidth = screen == "phone" ? Phone.ViewportSize!.Width : Desktop.ViewportSize!.Width;
        Assert.Contains(buttons.EnumerateArray(), b => b.GetProperty("label").GetString() == LongLabel);
        Assert.All(buttons.EnumerateArray(), b =>
        {
            var label = b.GetProperty("label").GetString();
            Assert.True(b.GetProperty("clipped").GetInt32() == 0, $"'{label}' is clipped");
            Assert.True(b.GetProperty("ellipsis").GetInt32() == 0, $"'{label}' is cut with an ellipsis");
            Assert.True(b.GetProperty("right").GetDouble() <= viewportWidth, $"'{label}' runs off the screen");
        });
        Assert.Empty(chat.Errors);
    }

    [Theory]
    [InlineData("phone")]
    [InlineData("desktop")]
    public async Task EveryVisibleText_MeetsAAContrastTimestampsAndButtonsIncluded(string screen)
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, Page("/"), screen == "phone" ? Phone : Desktop);
        await chat.ExpectBotReplyAsync(0, Welcome);
        await chat.SendAsync(HamstringQuestion);
        await chat.ExpectBotReplyAsync(1, HamstringAnswer);
        await Expect(chat.Page.Locator(".webchat__activity-status").First).ToBeVisibleAsync();
        await chat.WaitForScrollToRestAsync();

        var texts = await chat.Page.EvaluateAsync<JsonElement>(ContrastCheck.Script);

        var measured = texts.EnumerateArray().Select(text => new
        {
            Text = text.GetProperty("text").GetString(),
            Kind = text.GetProperty("kind").GetString(),
            Ratio = text.GetProperty("ratio").GetDouble(),
            Needed = text.GetProperty("needed").GetDouble(),
        }).ToList();
        foreach (var text in measured.Where(text => text.Kind != "text"))
        {
            output.WriteLine($"{text.Kind} '{text.Text}': {text.Ratio:F2}:1");
        }

        Assert.Contains(measured, text => text.Kind == "timestamp");
        Assert.Contains(measured, text => text.Kind == "button");
        Assert.All(measured, text => Assert.True(text.Ratio >= text.Needed, $"{text.Kind} '{text.Text}' has contrast {text.Ratio:F2}:1, below {text.Needed}:1"));
        output.WriteLine($"Screenshot: {await chat.ScreenshotAsync($"{screen}-contrast")}");
    }

    [Fact]
    public async Task ScreenReaders_HearTheBotByItsName()
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, Page("/"));
        await chat.ExpectBotReplyAsync(0, Welcome);
        await chat.SendAsync(HamstringQuestion);
        await chat.ExpectBotReplyAsync(1, HamstringAnswer);

        var spoken = await chat.Page.EvaluateAsync<string>(
            """
            () => [...document.querySelectorAll('*')]
              .flatMap(element => [element.getAttribute('aria-label') || '', element.childElementCount === 0 ? element.textContent : ''])
              .join('\n')
            """);

        Assert.Contains("BackCareBot said:", spoken, StringComparison.Ordinal);
        Assert.DoesNotContain("Bot BC said", spoken, StringComparison.Ordinal);
        Assert.DoesNotContain("Bot  said", spoken, StringComparison.Ordinal);
        await Expect(chat.Page.Locator(".webchat__live-region-transcript")).ToContainTextAsync("BackCareBot said:");
    }

    [Theory]
    [InlineData("websocket")]
    [InlineData("polling")]
    public async Task Reload_KeepsTheConversationAndGoesOnWithIt(string transport)
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, Page($"/?transport={transport}"), Phone);
        await chat.ExpectBotReplyAsync(0, Welcome);
        await chat.SendAsync(HamstringQuestion);
        await chat.ExpectBotReplyAsync(1, HamstringAnswer);
        var before = await StoredSessionAsync(chat);
        Assert.Equal("new", await chat.Page.EvaluateAsync<string>("() => document.documentElement.dataset.conversation"));

        await chat.Page.ReloadAsync();

        await Expect(chat.Page.Locator("html[data-conversation=resumed]")).ToHaveCountAsync(1);
        await chat.ExpectBotReplyAsync(1, HamstringAnswer);
        await Expect(chat.UserMessages.Nth(0)).ToHaveTextAsync(HamstringQuestion);
        await Expect(chat.BotMessages.Filter(new() { HasText = Welcome })).ToHaveCountAsync(1);

        // The bot still knows which stretch this conversation is about.
        await chat.SuggestedAction(HowTo).ClickAsync();
        await chat.ExpectBotReplyAsync(2, HamstringSteps);
        var after = await StoredSessionAsync(chat);
        Assert.Equal(before.GetProperty("conversationId").GetString(), after.GetProperty("conversationId").GetString());
        Assert.True(long.Parse(after.GetProperty("watermark").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            > long.Parse(before.GetProperty("watermark").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        output.WriteLine($"Screenshot: {await chat.ScreenshotAsync($"phone-after-reload-{transport}")}");
        await Expect(chat.Page.GetByText("Send failed")).ToHaveCountAsync(0);
        await Expect(chat.StatusLine).ToBeHiddenAsync();
        Assert.Empty(chat.Errors);
    }

    [Fact]
    public async Task Reload_WhenTheStoredTokenIsRefused_StartsANewConversation()
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, Page("/"));
        await chat.ExpectBotReplyAsync(0, Welcome);
        await chat.SendAsync(HamstringQuestion);
        await chat.ExpectBotReplyAsync(1, HamstringAnswer);
        var before = await StoredSessionAsync(chat);
        // As when the tab is reloaded after the token expired: the bot refuses to refresh it.
        await chat.Page.RouteAsync("**/v3/directline/tokens/refresh", route => route.FulfillAsync(new()
        {
            Status = 403,
            ContentType = "application/json",
            Body = """{"error":{"code":"TokenExpired","message":"The token has expired."}}""",
        }));

        await chat.Page.ReloadAsync();

        await Expect(chat.Page.Locator("html[data-conversation=new]")).ToHaveCountAsync(1);
        await chat.ExpectBotReplyAsync(0, Welcome);
        await Expect(chat.UserMessages).ToHaveCountAsync(0);
        await Expect(chat.StatusLine).ToBeHiddenAsync();
        await chat.SendAsync(HamstringQuestion);
        await chat.ExpectBotReplyAsync(1, HamstringAnswer);
        Assert.NotEqual(before.GetProperty("conversationId").GetString(), (await StoredSessionAsync(chat)).GetProperty("conversationId").GetString());
    }

    private static async Task<JsonElement> StoredSessionAsync(ChatPage chat)
    {
        var json = await chat.Page.EvaluateAsync<string?>("() => sessionStorage.getItem('backcarebot.directline')");
        Assert.NotNull(json);
        var stored = JsonDocument.Parse(json).RootElement;
        Assert.False(string.IsNullOrEmpty(stored.GetProperty("conversationId").GetString()));
        Assert.False(string.IsNullOrEmpty(stored.GetProperty("token").GetString()));
        Assert.False(string.IsNullOrEmpty(stored.GetProperty("watermark").GetString()));
        return stored;
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator)
    {
        await Expect(locator).ToBeVisibleAsync();
        return await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("The element has no box.");
    }

    private Uri Page(string pathAndQuery) => new(fixture.Bot.Address, pathAndQuery);
}
