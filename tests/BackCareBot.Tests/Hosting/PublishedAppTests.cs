using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using BackCareBot.Tests.Interop;

namespace BackCareBot.Tests.Hosting;

/// <summary>
/// The app as it ships: published to a folder (the build this test run made, not rebuilt), started from a different
/// working folder, on the port a container or App Service gives it in <c>ASPNETCORE_HTTP_PORTS</c>. It must listen there
/// (no <c>Urls</c> in appsettings.json overriding it) and serve the web chat page (its content root is its own folder).
/// </summary>
public sealed partial class PublishedAppTests : IAsyncLifetime
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("backcare-publish-").FullName;

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    [Fact]
    public async Task PublishedApp_StartedFromAnotherFolder_ListensOnAspNetCoreHttpPortsAndServesThePage()
    {
        var app = Path.Combine(_scratch, "app");
        await PublishAsync(app);
        var elsewhere = Directory.CreateDirectory(Path.Combine(_scratch, "elsewhere")).FullName;
        var port = FreePort();

        await using var bot = ChildProcess.Start(DotnetHost(), [Path.Combine(app, "BackCareBot.dll")], elsewhere, new Dictionary<string, string>
        {
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["ASPNETCORE_URLS"] = string.Empty,
            ["MicrosoftAppId"] = string.Empty,
            ["MicrosoftAppPassword"] = string.Empty,
            ["Storage__Provider"] = "Memory",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        });
        var listening = await bot.WaitForLineAsync(ListeningOn(), TimeSpan.FromSeconds(60));
        Assert.True(listening is not null, bot.Output);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        using var page = await client.GetAsync("/");
        using var script = await client.GetAsync("/lib/botframework-webchat/webchat.js");
        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("app.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Contains($":{port}", listening.Value, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(elsewhere, "App_Data")));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        Directory.Delete(_scratch, recursive: true);
        return Task.CompletedTask;
    }

    private static async Task PublishAsync(string output)
    {
        var project = Path.Combine(RepositoryFolder.Root, "src", "BackCareBot", "BackCareBot.csproj");
        await using var publish = ChildProcess.Start(
            DotnetHost(), ["publish", project, "--no-build", "-c", Configuration, "-o", output, "--nologo"], RepositoryFolder.Root, new Dictionary<string, string>());
        var exit = await publish.WaitForExitAsync(TimeSpan.FromMinutes(3));
        Assert.True(exit == 0, $"dotnet publish exited {exit}:\n{publish.Output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningOn();
}
