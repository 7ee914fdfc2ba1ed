using System.ComponentModel;
using System.Text.RegularExpressions;
using BackCareBot.Tests.Support;

namespace BackCareBot.Tests.Interop;

/// <summary>
/// One run of <c>tests/Interop</c> (the official Bot Framework JS SDK acting as the channel) against BackCareBot
/// started as it ships: <c>dotnet BackCareBot.dll</c> on a free loopback port, authentication off. A separate
/// process, not an in-process host, so the run covers the real Program, configuration and console logging.
/// </summary>
public sealed partial class JsSdkInteropRun : IAsyncLifetime
{
    public const string InstallCommand = "npm ci --prefix tests/Interop";

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromSeconds(90);

    private ChildProcess? _bot;

    /// <summary>Why the suite could not run (missing install, no node, the bot did not start); null when it ran.</summary>
    public string? Problem { get; private set; }

    /// <summary>node's exit code; null when it ran out of time.</summary>
    public int? NodeExitCode { get; private set; }

    public string NodeOutput { get; private set; } = string.Empty;

    /// <summary>Everything BackCareBot wrote to the console during the run.</summary>
    public string BotLog { get; private set; } = string.Empty;

    public static string InteropFolder { get; } = Path.Combine(TestRepository.Root, "tests", "Interop");

    public async Task InitializeAsync()
    {
        if (!Directory.Exists(Path.Combine(InteropFolder, "node_modules")))
        {
            Problem = $"tests/Interop/node_modules is missing: run `{InstallCommand}` (.ci/install-prerequisites does it).";
            return;
        }

        _bot = StartBot();
        var listening = await _bot.WaitForLineAsync(ListeningOn(), StartupTimeout);
        if (listening is null)
        {
            Problem = $"BackCareBot did not start listening within {StartupTimeout.TotalSeconds} s. Its output:\n{_bot.Output}";
            return;
        }

        await RunNodeAsync(listening.Groups["url"].Value);
        await _bot.WaitForQuietAsync(TimeSpan.FromMilliseconds(300), TimeSpan.FromSeconds(3));
        BotLog = _bot.Output;
    }

    public async Task DisposeAsync()
    {
        if (_bot is not null)
        {
            await _bot.DisposeAsync();
        }
    }

    private static ChildProcess StartBot()
    {
        var botDll = Path.Combine(AppContext.BaseDirectory, "BackCareBot.dll");
        var environment = new Dictionary<string, string>
        {
            // Authentication off whatever the developer's shell holds: the JS side has no credentials either.
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
            ["MicrosoftAppTenantId"] = string.Empty,
            ["Storage__SqlitePath"] = TestStateFiles.NewPath(),
            // The port is read from this line.
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };

        // The output folder holds the host's appsettings.json and dialogs/; as the working folder it is the content root.
        return ChildProcess.Start(DotnetHost(), [botDll, "--urls", "http://127.0.0.1:0"], AppContext.BaseDirectory, environment);
    }

    private async Task RunNodeAsync(string botUrl)
    {
        var environment = new Dictionary<string, string> { ["BACKCAREBOT_URL"] = botUrl, ["NO_COLOR"] = "1" };
        ChildProcess node;
        try
        {
            node = ChildProcess.Start("node", ["--test"], InteropFolder, environment);
        }
        catch (Win32Exception)
        {
            Problem = $"node is not on PATH: install Node.js 20 or later, then run `{InstallCommand}`.";
            return;
        }

        await using (node)
        {
            NodeExitCode = await node.WaitForExitAsync(NodeTimeout);
            NodeOutput = node.Output;
        }
    }

    /// <summary>The `dotnet` that runs these tests, so the bot runs on the same runtime.</summary>
    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
