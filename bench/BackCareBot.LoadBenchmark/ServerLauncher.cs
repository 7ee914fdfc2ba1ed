using System.Globalization;
using BackCareBot.LoadBenchmark.Floor;

namespace BackCareBot.LoadBenchmark;

/// <summary>How each kind of server is started: each as its users would run it, on a loopback port of its own.</summary>
internal static class ServerLauncher
{
    public static async Task<ServerProcess> StartAsync(TargetKind target, BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var port = ServerProcess.FreePort();
        var url = $"http://127.0.0.1:{port}";
        return target.Server switch
        {
            ServerKind.Bot => await StartBotAsync(settings, target.Store, url, port, cancellationToken),
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
            _ => throw new ArgumentOutOfRangeException(nameof(target)),
        };
    }

    /// <summary>
    /// The runtime settings every way of running the bot sets (the Dockerfile, the Azure template's app settings and
    /// launchSettings.json for <c>dotnet run</c>): an 8 MB gen0 budget, where the default sized from the processor's
    /// cache let peak memory under this load reach about 240 MB. The runtime reads it from the environment only.
    /// </summary>
    private static readonly Dictionary<string, string> ShippedEnvironment = new(StringComparer.Ordinal)
    {
        ["DOTNET_GCgen0size"] = "0x800000",
    };

    /// <summary>
    /// As published: appsettings.json beside it, MicrosoftAppId empty (authentication off), on the target's state
    /// store, each new and empty: SQLite in a new file of its own (the default store), memory, or a Blob container on
    /// an Azurite started for this target and stopped with it. Nothing is left behind.
    /// </summary>
    private static async Task<ServerProcess> StartBotAsync(
        BenchmarkSettings settings, StateStore store, string url, int port, CancellationToken cancellationToken)
    {
        var dll = Path.GetFullPath(settings.BotDll!);
        var azurite = store == StateStore.AzureBlob ? await StartAzuriteAsync(settings, cancellationToken) : null;
        try
        {
            string[] storeSettings = store switch
            {
                StateStore.Memory => ["--Storage:Provider=Memory"],
                StateStore.AzureBlob => ["--Storage:Provider=AzureBlob", $"--Storage:AzureBlob:ConnectionString={AzuriteConnectionString(azurite!.Url)}"],
                _ => [],
            };
            return StartWithScratch(scratch => ServerProcess.Start(
                "dotnet",
                [dll, "--urls", url, $"--Storage:SqlitePath={StateFile(scratch)}", .. storeSettings, .. settings.BotSettings],
                Path.GetDirectoryName(dll)!, port, scratch, azurite, settings.AsShipped ? ShippedEnvironment : null));
        }
        catch
        {
            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>
    /// Azurite's Blob service alone on a loopback port, as the Blob store's tests run it (tests/Azurite): in memory,
    /// no telemetry. It shares the cores with the bot and the load generator, as everything here does.
    /// </summary>
    private static async Task<ServerProcess> StartAzuriteAsync(BenchmarkSettings settings, CancellationToken cancellationToken)
    {
        var port = ServerProcess.FreePort();
        var azurite = StartWithScratch(scratch => ServerProcess.Start(
            settings.Node,
            [Path.GetFullPath(settings.AzuriteScript!), "--blobHost", "127.0.0.1", "--blobPort", port.ToString(CultureInfo.InvariantCulture),
                "--disableTelemetry", "--inMemoryPersistence", "--skipApiVersionCheck", "--silent"],
            scratch, port, scratch));
        try
        {
            await azurite.WaitUntilListeningAsync(settings.StartupTimeout, cancellationToken);
            return azurite;
        }
        catch
        {
            await azurite.DisposeAsync();
            throw;
        }
    }

    /// <summary>Azurite's well-known development account; it only ever runs on loopback here.</summary>
    private static string AzuriteConnectionString(Uri azurite) =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        $"BlobEndpoint=http://127.0.0.1:{azurite.Port}/devstoreaccount1;";

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
