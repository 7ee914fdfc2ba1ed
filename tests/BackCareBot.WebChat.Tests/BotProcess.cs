using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace BackCareBot.WebChat.Tests;

/// <summary>
/// The built bot started the way a person runs it, as its own process (<c>dotnet BackCareBot.dll</c>), on a free
/// loopback port that Kestrel picks and reports.
/// </summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly StringBuilder _output;

    private BotProcess(Process process, StringBuilder output, Uri address)
    {
        _process = process;
        _output = output;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the bot has printed so far, to explain a failure.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <param name="settings">More command-line settings, such as <c>--DirectLine:Mode=AzureBotService</c>.</param>
    public static async Task<BotProcess> StartAsync(string projectDirectory, params string[] settings)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = projectDirectory,
        };

        // As `dotnet run` starts it: the Development environment, the project folder (and its wwwroot) as content root.
        string[] arguments =
        [
            Path.Combine(AppContext.BaseDirectory, "BackCareBot.dll"),
            "--urls", "http://127.0.0.1:0",
            "--contentRoot", projectDirectory,
            "--environment", "Development",

            // A state file of its own, so the page test neither reads nor leaves state in the developer's App_Data.
            "--Storage:SqlitePath", Path.Combine(Path.GetTempPath(), "backcarebot-tests", $"state-{Guid.NewGuid():N}.db"),
        ];
        foreach (var argument in arguments.Concat(settings))
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Collect(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (ListeningLine().Match(line) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot process.");
        process.OutputDataReceived += (_, e) => Collect(e.Data);
        process.ErrorDataReceived += (_, e) => Collect(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var first = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(StartTimeout)).ConfigureAwait(false);
        if (first != listening.Task)
        {
            Stop(process);
            string log;
            lock (output)
            {
                log = output.ToString();
            }

            throw new InvalidOperationException($"The bot did not start listening within {StartTimeout.TotalSeconds} s. Its output:\n{log}");
        }

        return new BotProcess(process, output, await listening.Task.ConfigureAwait(false));
    }

    public ValueTask DisposeAsync()
    {
        Stop(_process);
        return ValueTask.CompletedTask;
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        process.Dispose();
    }

    /// <summary>The SDK names the dotnet it runs under; outside it, the one on the PATH.</summary>
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningLine();
}
