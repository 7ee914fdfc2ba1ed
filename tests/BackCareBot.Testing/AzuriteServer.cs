using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace BackCareBot.Testing;

/// <summary>
/// Azurite, Microsoft's Azure Storage emulator (npm <c>azurite</c>, pinned in <c>tests/Azurite</c>), started as a
/// child process with only its Blob service, on a free loopback port it picks itself, keeping everything in memory,
/// and ended when disposed. The Blob state store is tested against it, because the service's own answers (ETags,
/// 409 and 412, listings) are what the store must get right, and a hand-written fake would only echo our reading
/// of them.
/// </summary>
public sealed partial class AzuriteServer : IAsyncDisposable
{
    public const string InstallCommand = "npm ci --prefix tests/Azurite";

    /// <summary>Azurite's well-known development account; it only ever runs on loopback here.</summary>
    private const string AccountName = "devstoreaccount1";

    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartupTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _workspace;

    private AzuriteServer(Process process, string workspace, Uri blobEndpoint)
    {
        _process = process;
        _workspace = workspace;
        BlobEndpoint = blobEndpoint;
    }

    public static string Folder { get; } = Path.Combine(RepositoryFolder.Root, "tests", "Azurite");

    /// <summary><c>http://127.0.0.1:PORT/devstoreaccount1</c>.</summary>
    public Uri BlobEndpoint { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};BlobEndpoint={BlobEndpoint};";

    /// <exception cref="InvalidOperationException">Azurite is not installed, or did not start; the message says what to do.</exception>
    public static async Task<AzuriteServer> StartAsync()
    {
        var script = Path.Combine(Folder, "node_modules", "azurite", "dist", "src", "blob", "main.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"tests/Azurite/node_modules is missing: run `{InstallCommand}` (.ci/install-prerequisites does it; it needs Node.js 20 or later).");
        }

        // Its working folder: with everything in memory it writes nothing there, but nothing lands in the clone either.
        var workspace = Directory.CreateTempSubdirectory("backcarebot-azurite-").FullName;
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])[script, "--blobHost", "127.0.0.1", "--blobPort", "0", "--disableTelemetry", "--inMemoryPersistence", "--skipApiVersionCheck", "--silent"])
        {
            startInfo.ArgumentList.Add(argument);
        }

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var output = new StringBuilder();
        void OnLine(string? line)
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
                listening.TrySetResult(new Uri($"{match.Groups["url"].Value.TrimEnd('/')}/{AccountName}"));
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            process.Dispose();
            throw new InvalidOperationException("Node.js is required to run Azurite for the Blob store's tests: install Node.js 20 or later.", exception);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var first = await Task.WhenAny(listening.Task, process.WaitForExitAsync(), Task.Delay(StartupTimeout)).ConfigureAwait(false);
        if (first != listening.Task)
        {
            Kill(process);
            process.Dispose();
            Directory.Delete(workspace, recursive: true);
            string log;
            lock (output)
            {
                log = output.ToString();
            }

            throw new InvalidOperationException($"Azurite exited, or did not start within {StartupTimeout.TotalSeconds} s. Its output:\n{log}");
        }

        return new AzuriteServer(process, workspace, await listening.Task.ConfigureAwait(false));
    }

    public async ValueTask DisposeAsync()
    {
        Kill(_process);
        await _process.WaitForExitAsync().ConfigureAwait(false);
        _process.Dispose();
        Directory.Delete(_workspace, recursive: true);
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }

    [GeneratedRegex(@"Blob service successfully listens on (?<url>http://127\.0\.0\.1:\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex ListeningLine();
}
