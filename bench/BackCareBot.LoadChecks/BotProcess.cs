using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BackCareBot.LoadChecks;

/// <summary>
/// BackCareBot started for the check, in its own process on a free loopback port, with the token rate limit raised
/// (every conversation comes from 127.0.0.1) and logging at warnings so the console stays readable.
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    private const int OutputLinesKept = 20;

    private readonly Process _process;
    private readonly Queue<string> _lastOutput = new();

    private BotProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<BotProcess> StartAsync(string? artifactsPath, CancellationToken cancellationToken)
    {
        var url = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot(),
        };
        foreach (var argument in (string[])["run", "--project", Path.Combine("src", "BackCareBot"), "-c", "Release", "--no-launch-profile"])
        {
            start.ArgumentList.Add(argument);
        }

        if (artifactsPath is not null)
        {
            start.ArgumentList.Add("--artifacts-path");
            start.ArgumentList.Add(artifactsPath);
        }

        foreach (var argument in (string[])["--", "--urls", url.ToString(), "--DirectLine:TokenRequestsPerMinute=1000000", "--Logging:LogLevel:Default=Warning"])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet could not be started.");
        var bot = new BotProcess(process, url);
        process.OutputDataReceived += (_, line) => bot.Keep(line.Data);
        process.ErrorDataReceived += static (_, line) =>
        {
            if (line.Data is { Length: > 0 } text)
            {
                Console.Error.WriteLine($"  bot: {text}");
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await bot.WaitUntilHealthyAsync(cancellationToken);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                string lastOutput;
                lock (_lastOutput)
                {
                    lastOutput = string.Join(Environment.NewLine, _lastOutput);
                }

                throw new InvalidOperationException($"The bot exited with code {_process.ExitCode} before it was ready:{Environment.NewLine}{lastOutput}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/healthz", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Still building or starting.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow first answer; ask again.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }

        throw new TimeoutException("The bot did not become healthy in time.");
    }

    // Build and start-up output is only worth showing when the bot does not come up.
    private void Keep(string? line)
    {
        if (string.IsNullOrEmpty(line))
        {
            return;
        }

        lock (_lastOutput)
        {
            _lastOutput.Enqueue(line);
            while (_lastOutput.Count > OutputLinesKept)
            {
                _lastOutput.Dequeue();
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BackCareBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the load check from inside the repository.");
    }
}
