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
            // Published as it ships: appsettings.json beside it, MicrosoftAppId empty (authentication off).
            ServerKind.Bot => ServerProcess.Start(
                "dotnet", [settings.BotDll!, "--urls", url], Path.GetDirectoryName(Path.GetFullPath(settings.BotDll!))!, port),
            ServerKind.Floor => ServerProcess.Start(
                "dotnet", [Path.Combine(AppContext.BaseDirectory, "BackCareBot.LoadBenchmark.dll"), FloorServer.Verb, "--urls", url],
                AppContext.BaseDirectory, port),
            ServerKind.JsEcho => ServerProcess.Start(
                settings.Node, [Path.GetFullPath(settings.JsEchoScript!), "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)],
                Path.GetDirectoryName(Path.GetFullPath(settings.JsEchoScript!))!, port),
            _ => throw new ArgumentOutOfRangeException(nameof(server)),
        };
    }
}
