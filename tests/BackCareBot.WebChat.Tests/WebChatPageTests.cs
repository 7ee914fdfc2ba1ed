using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace BackCareBot.WebChat.Tests;

/// <summary>
/// The page at <c>/</c> with the official Web Chat bundle, talking to the bot's own Direct Line, in headless Chromium.
/// The expected phrases come from dialogs/replies.yaml and dialogs/knowledge (Web Chat's markdown turns ' into ’,
/// so they avoid apostrophes).
/// </summary>
public sealed class WebChatPageTests(WebChatFixture fixture, ITestOutputHelper output) : IClassFixture<WebChatFixture>
{
    private const string Welcome = "Ask me about a stiff lower back";
    private const string WhySitting = "Why does sitting do this?";
    private const string WhySittingAnswer = "Why sitting all day stiffens your lower back";
    private const string SharpPain = "I have a sharp pain in my lower back";
    private const string DoctorAdvice = "primary care doctor or a physical therapist";
    private const string Disclaimer = "It is not a doctor and this is not medical advice. In an emergency call 911 / 999 / 112.";

    public static TheoryData<string> Transports => new() { "websocket", "polling" };

    [Theory]
    [MemberData(nameof(Transports))]
    public async Task Conversation_WelcomesAnswersSuggestedActionAndSendsSharpPainToDoctor(string transport)
    {
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, Page($"/?transport={transport}"));

        await Expect(chat.Disclaimer).ToContainTextAsync(Disclaimer);
        await chat.ExpectBotReplyAsync(0, Welcome);

        await chat.SuggestedAction(WhySitting).ClickAsync();
        await Expect(chat.UserMessages.Nth(0)).ToHaveTextAsync(WhySitting);
        await chat.ExpectBotReplyAsync(1, WhySittingAnswer);

        await chat.SendAsync(SharpPain);
        await Expect(chat.UserMessages.Nth(1)).ToHaveTextAsync(SharpPain);
        await chat.ExpectBotReplyAsync(2, DoctorAdvice);

        output.WriteLine($"Screenshot: {await chat.ScreenshotAsync($"conversation-{transport}")}");
        await Expect(chat.Page.GetByText("Send failed")).ToHaveCountAsync(0);
        Assert.Equal(transport, await chat.Page.EvaluateAsync<string>("() => document.documentElement.dataset.transport"));
        AssertTransport(chat, transport);
        AssertEverythingCameFromTheBot(chat);
        Assert.Empty(chat.Errors);
    }

    [Fact]
    public async Task PhoneScreen_ShowsDisclaimerChatAndSendBoxWithoutSidewaysScrolling()
    {
        var phone = new BrowserNewContextOptions
        {
            ViewportSize = new() { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        };
        await using var chat = await ChatPage.OpenAsync(fixture.Browser, Page("/"), phone);

        await chat.ExpectBotReplyAsync(0, Welcome);
        await Expect(chat.SuggestedAction(WhySitting)).ToBeVisibleAsync();
        await Expect(chat.Page.GetByText("Connecting…", new() { Exact = true })).ToBeHiddenAsync();
        output.WriteLine($"Screenshot: {await chat.ScreenshotAsync("phone-welcome")}");

        await chat.SendAsync(SharpPain);
        await chat.ExpectBotReplyAsync(1, DoctorAdvice);
        output.WriteLine($"Screenshot: {await chat.ScreenshotAsync("phone-conversation")}");

        Assert.True(await chat.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page scrolls sideways.");
        await AssertOnScreenAsync(chat.Disclaimer, phone.ViewportSize.Height);
        await AssertOnScreenAsync(chat.SendBox, phone.ViewportSize.Height);
        Assert.Empty(chat.Errors);
    }

    [Fact]
    public async Task TokenRouteFails_PageSaysSoOnItsErrorLine()
    {
        await using var chat = await ChatPage.OpenAsync(
            fixture.Browser,
            Page("/"),
            prepare: context => context.RouteAsync("**/api/directline/token", route => route.FulfillAsync(new() { Status = 503 })));

        await Expect(chat.StatusLine).ToBeVisibleAsync();
        await Expect(chat.StatusLine).ToContainTextAsync("the chat could not start");
        await Expect(chat.StatusLine.GetByRole(AriaRole.Button, new() { Name = "Try again" })).ToBeVisibleAsync();
        await Expect(chat.Disclaimer).ToContainTextAsync(Disclaimer);
        output.WriteLine($"Screenshot: {await chat.ScreenshotAsync("token-error")}");
    }

    [Fact]
    public async Task Page_IsServedAtRootWithPolicyAllowingOnlyItsOwnOrigin()
    {
        using var client = new HttpClient { BaseAddress = fixture.Bot.Address };

        using var page = await client.GetAsync(new Uri("/", UriKind.Relative));
        using var bundle = await client.GetAsync(new Uri("/lib/botframework-webchat/webchat.js", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var policy = Assert.Single(page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("http", policy, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, bundle.StatusCode);
    }

    private Uri Page(string pathAndQuery) => new(fixture.Bot.Address, pathAndQuery);

    private static void AssertTransport(ChatPage chat, string transport)
    {
        if (transport == "websocket")
        {
            Assert.Contains(chat.WebSockets, url => url.Contains("/v3/directline/conversations/", StringComparison.Ordinal) && url.Contains("/stream?", StringComparison.Ordinal));
        }
        else
        {
            Assert.Empty(chat.WebSockets);
            Assert.Contains(chat.Requests, url => url.Contains("/activities?watermark=", StringComparison.Ordinal));
        }
    }

    /// <summary>No CDN and nothing fetched at run time: every request the page made went to the bot.</summary>
    private void AssertEverythingCameFromTheBot(ChatPage chat)
    {
        var origin = fixture.Bot.Address.GetLeftPart(UriPartial.Authority);
        var network = chat.Requests.Concat(chat.WebSockets).Where(url => !url.StartsWith("data:", StringComparison.Ordinal) && !url.StartsWith("blob:", StringComparison.Ordinal));
        Assert.All(network, url => Assert.Equal(origin, new Uri(url).GetLeftPart(UriPartial.Authority).Replace("ws://", "http://", StringComparison.Ordinal)));
    }

    private static async Task AssertOnScreenAsync(ILocator element, int viewportHeight)
    {
        await Expect(element).ToBeVisibleAsync();
        var box = await element.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.InRange(box.Y, 0, viewportHeight);
        Assert.InRange(box.Y + box.Height, 0, viewportHeight);
    }
}
