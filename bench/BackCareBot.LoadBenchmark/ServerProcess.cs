using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace BackCareBot.LoadBenchmark;

/// <summary>
/// A server under test in its own process on a free loopback port. Its output is drained (a full pipe would stall
/// it) and only the last lines are kept, to explain a server that does not come up.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private const int OutputLinesKept = 20;

    private readonly Process _process;
    private readonly Queue<string> _lastOutput = new();

    private readonly string? _scratchFolder;
    private readonly ServerProcess? _companion;

    private ServerProcess(Process process, Uri url, long startedAt, string? scratchFolder, ServerProcess? companion)
    {
        _process = process;
        _scratchFolder = scratchFolder;
        _companion = companion;
        Url = url;
        StartedAt = startedAt;
    }

    public Uri Url { get; }

    /// <summary>When the process was started, as a <see cref="Stopwatch"/> timestamp.</summary>
    public long StartedAt { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>CPU time (user and system) the server has used so far.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <param name="scratchFolder">A folder the server writes to, deleted once the server has stopped.</param>
    /// <param name="companion">A process the server needs (its state store's service), stopped after it.</param>
    /// <param name="environment">Variables the server is started with, as it ships.</param>
    public static ServerProcess Start(
        string fileName, IReadOnlyList<string> arguments, string workingDirectory, int port, string? scratchFolder = null, ServerProcess? companion = null,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var startedAt = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} could not be started.");
        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}"), startedAt, scratchFolder, companion);
        process.OutputDataReceived += (_, line) => server.Keep(line.Data);
        process.ErrorDataReceived += (_, line) => server.Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The peak resident set size so far (VmHWM), or null where /proc does not say.</summary>
    public long? PeakResidentBytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, NumberStyles.None, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // Not Linux, or the process is gone.
        }
        catch (UnauthorizedAccessException)
        {
            // Not ours to read.
        }

        return null;
    }

    public string LastOutput()
    {
        lock (_lastOutput)
        {
            return string.Join(Environment.NewLine, _lastOutput);
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
        if (_scratchFolder is not null)
        {
            Directory.Delete(_scratchFolder, recursive: true);
        }

        if (_companion is not null)
        {
            await _companion.DisposeAsync();
        }
    }

    /// <summary>Waits until something accepts connections on the process's port.</summary>
    public async Task WaitUntilListeningAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            if (HasExited)
            {
                throw new InvalidOperationException($"It exited with code {ExitCode}:{Environment.NewLine}{LastOutput()}");
            }

            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, Url.Port, cancellationToken);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken);
            }
        }

        throw new TimeoutException($"Nothing listened on port {Url.Port} within {timeout.TotalSeconds:F0} s:{Environment.NewLine}{LastOutput()}");
    }

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
}
