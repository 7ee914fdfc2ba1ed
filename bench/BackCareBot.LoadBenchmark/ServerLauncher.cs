using System.Globalization;
using BackCareBot.LoadBenchmark.Floor;

namespace BackCareBot.LoadBenchmark;

/// <summary>How each kind of server is started: each as its users would run it, on a loopback port of its own.</summary>
internal static class ServerLauncher
{
    public static ServerProcess Start(ServerKind server, BenchmarkSettings settings)
    {
        var port = ServerProcess.FreePort();
        var url = $"http://127.0.0.1:{port}";
        return server switch
        {
            ServerKind.Bot => StartBot(settings, url, port),
            ServerKind.Floor => ServerProcess.Start(
                "dotnet", [Path.Combine(AppContext.BaseDirectory, "BackCareBot.LoadBenchmark.dll"), FloorServer.Verb, "--urls", url],
                AppContext.BaseDirectory, port),
            ServerKind.FloorState => StartWithScratch(scratch => ServerProcess.Start(
                "dotnet",
                [Path.Combine(AppContext.BaseDirectory, "BackCareBot.LoadBenchmark.dll"), FloorServer.Verb, "--urls", url, $"--{FloorServer.StatePathKey}={StateFile(scratch)}"],
                AppContext.BaseDirectory, port, scratch)),
            ServerKind.JsEcho => ServerProcess.Start(
                settings.Node, [Path.GetFullPath(settings.JsEchoScript!), "--port", port.ToString(CultureInfo.InvariantCulture)],
                Path.GetDirectoryName(Path.GetFullPath(settings.JsEchoScript!))!, port),
            _ => throw new ArgumentOutOfRangeException(nameof(server)),
        };
    }

    /// <summary>
    /// As published: appsettings.json beside it, MicrosoftAppId empty (authentication off), its default state store,
    /// but in a new file of its own, so each run starts from an empty store and leaves nothing behind.
    /// </summary>
    private static ServerProcess StartBot(BenchmarkSettings settings, string url, int port)
    {
        var dll = Path.GetFullPath(settings.BotDll!);
        return StartWithScratch(scratch => ServerProcess.Start(
            "dotnet",
            [dll, "--urls", url, $"--Storage:SqlitePath={StateFile(scratch)}", .. settings.BotSettings],
            Path.GetDirectoryName(dll)!, port, scratch));
    }

    /// <summary>Starts a server with a new folder of its own, removed when it stops (or here, if it does not start).</summary>
    private static ServerProcess StartWithScratch(Func<string, ServerProcess> start)
    {
        var scratch = Directory.CreateTempSubdirectory("backcarebot-loadbench-").FullName;
        try
        {
            return start(scratch);
        }
        catch
        {
            Directory.Delete(scratch, recursive: true);
            throw;
        }
    }

    private static string StateFile(string scratch) => Path.Combine(scratch, "backcare-state.db");
}
