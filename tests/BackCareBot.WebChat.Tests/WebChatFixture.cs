using System.Reflection;
using Microsoft.Playwright;

namespace BackCareBot.WebChat.Tests;

/// <summary>One bot process and one headless Chromium for all the page tests; each test opens its own browser context.</summary>
public sealed class WebChatFixture : IAsyncLifetime
{
    /// <summary>Debian's package, which .ci/install-prerequisites installs; Playwright never downloads a browser here.</summary>
    private const string DefaultChromium = "/usr/bin/chromium";

    // Without the background-networking flags Chromium keeps reaching for Google's services, which a closed network refuses.
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private BotProcess? _bot;

    public BotProcess Bot => _bot ?? throw new InvalidOperationException("The fixture has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    /// <summary>Where the screenshots go, for a person to look at after the run.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "TestResults", "webchat");

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("BACKCAREBOT_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultChromium;
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"Chromium is not at {chromium}. Install it with .ci/install-prerequisites (Debian: apt-get install chromium), " +
                "or set BACKCAREBOT_CHROMIUM to a Chromium or Chrome executable.");
        }

        Directory.CreateDirectory(ScreenshotFolder);
        // Other test assemblies run beside these in CI on two cores; what a person would see at once may take a while.
        Assertions.SetDefaultExpectTimeout(15_000);
        _bot = await BotProcess.StartAsync(ProjectDirectory());
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Args = ChromiumArguments });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    /// <summary>The host's project folder, recorded at build time: its wwwroot is the page under test.</summary>
    internal static string ProjectDirectory() =>
        typeof(WebChatFixture).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "HostProjectDirectory").Value
        ?? throw new InvalidOperationException("The test assembly does not name the host's project folder.");
}
