using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackCareBot.WebChat.Tests;

/// <summary>The web chat page as a person sees it: messages, suggested actions, the send box, and what the browser did.</summary>
public sealed class ChatPage : IAsyncDisposable
{
    /// <summary>Polling answers within a second or so; the margin is for a busy two-core CI machine.</summary>
    private static readonly LocatorAssertionsToContainTextOptions ReplyWait = new() { Timeout = 30_000 };

    private readonly IBrowserContext _context;
    private readonly List<string> _errors = [];
    private readonly List<string> _requests = [];
    private readonly List<string> _webSockets = [];

    private ChatPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record(_errors, message.Text);
            }
        };
        page.PageError += (_, error) => Record(_errors, error);
        page.Request += (_, request) => Record(_requests, request.Url);
        page.WebSocket += (_, socket) => Record(_webSockets, socket.Url);
    }

    public IPage Page { get; }

    public ILocator Disclaimer => Page.Locator("#disclaimer");

    public ILocator StatusLine => Page.Locator("#status");

    public ILocator BotMessages => Page.Locator(".webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content");

    public ILocator UserMessages => Page.Locator(".webchat__bubble--from-user .webchat__bubble__content");

    public ILocator SendBox => Page.GetByPlaceholder("Type your message");

    /// <summary>Console errors and uncaught exceptions, Content-Security-Policy violations among them.</summary>
    public IReadOnlyList<string> Errors => Snapshot(_errors);

    public IReadOnlyList<string> Requests => Snapshot(_requests);

    public IReadOnlyList<string> WebSockets => Snapshot(_webSockets);

    public static async Task<ChatPage> OpenAsync(
        IBrowser browser,
        Uri address,
        BrowserNewContextOptions? options = null,
        Func<IBrowserContext, Task>? prepare = null)
    {
        ArgumentNullException.ThrowIfNull(browser);
        var context = await browser.NewContextAsync(options ?? new() { ViewportSize = new() { Width = 1280, Height = 860 } });
        if (prepare is not null)
        {
            await prepare(context);
        }

        var page = await context.NewPageAsync();
        var chat = new ChatPage(context, page);
        await page.GotoAsync(address.ToString());
        return chat;
    }

    /// <summary>A button in the suggested actions bar (the transcript's screen-reader copy of it is not clickable).</summary>
    public ILocator SuggestedAction(string label) =>
        Page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = label, Exact = true });

    /// <summary>Waits for the bot's next message (the one after <paramref name="botMessagesBefore"/>) to contain the text.</summary>
    public Task ExpectBotReplyAsync(int botMessagesBefore, string expected) =>
        Expect(BotMessages.Nth(botMessagesBefore)).ToContainTextAsync(expected, ReplyWait);

    public async Task SendAsync(string text)
    {
        await SendBox.FillAsync(text);
        await SendBox.PressAsync("Enter");
    }

    /// <summary>
    /// Web Chat follows new messages with a smooth scroll (down to the end, or to the start of a long reply); the
    /// picture is taken once the transcript has come to rest.
    /// </summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        await WaitForScrollToRestAsync();
        var path = Path.Combine(WebChatFixture.ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new() { Path = path });
        return path;
    }

    /// <summary>Waits until the transcript's scroll position has not moved for half a second.</summary>
    public Task WaitForScrollToRestAsync() =>
        Page.WaitForFunctionAsync(
            """
            () => new Promise(resolve => {
              const transcript = document.querySelector('.webchat__basic-transcript__scrollable');
              if (!transcript) { resolve(true); return; }
              const before = transcript.scrollTop;
              setTimeout(() => resolve(Math.abs(transcript.scrollTop - before) < 1), 500);
            })
            """,
            null,
            new() { PollingInterval = 100, Timeout = 15_000 });

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();

    private static void Record(List<string> list, string item)
    {
        lock (list)
        {
            list.Add(item);
        }
    }

    private static string[] Snapshot(List<string> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }
}
