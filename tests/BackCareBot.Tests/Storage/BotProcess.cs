using System.Text.RegularExpressions;
using BackCareBot.Tests.Interop;
using BackCareBot.Tests.Support;

namespace BackCareBot.Tests.Storage;

/// <summary>
/// BackCareBot as it ships, <c>dotnet BackCareBot.dll</c>, on a free loopback port with authentication off and the
/// settings given as environment variables (as App Service passes app settings); ended, hard, when disposed.
/// </summary>
internal sealed partial class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private readonly ChildProcess _process;

    private BotProcess(ChildProcess process, Uri address)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public HttpClient Client { get; }

    public string Output => _process.Output;

    public static async Task<BotProcess> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
            ["MicrosoftAppTenantId"] = string.Empty,
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value ?? string.Empty;
        }

        var dll = Path.Combine(AppContext.BaseDirectory, "BackCareBot.dll");
        var process = ChildProcess.Start(DotnetHost(), [dll, "--urls", "http://127.0.0.1:0"], AppContext.BaseDirectory, environment);
        var listening = await process.WaitForLineAsync(ListeningOn(), StartupTimeout);
        if (listening is null)
        {
            var output = process.Output;
            await process.DisposeAsync();
            throw new InvalidOperationException($"BackCareBot did not start listening within {StartupTimeout.TotalSeconds} s. Its output:\n{output}");
        }

        return new BotProcess(process, new Uri(listening.Groups["url"].Value));
    }

    /// <summary>Stops the bot gracefully (SIGTERM); the exit code, or null when it had to be ended.</summary>
    public Task<int?> StopAsync(TimeSpan timeout) => _process.StopAsync(timeout);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _process.DisposeAsync();
    }

    /// <summary>The `dotnet` that runs these tests, so the bot runs on the same runtime.</summary>
    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
