using System.IO.Compression;
using System.Text.Json.Nodes;
using BackCareBot.Deployment.Tests.Support;

namespace BackCareBot.Deployment.Tests.Teams;

/// <summary><c>deployment/teams/build-package.sh</c>, run as a person runs it, into a temp folder.</summary>
public sealed class BuildPackageTests : IDisposable
{
    private const string AppId = "0b5c6a1e-8f0a-4b6a-9d7e-1c2d3e4f5a6b";

    private static readonly string TeamsFolder = Path.Combine(RepositoryFolder.Root, "deployment", "teams");

    private readonly string _output = Directory.CreateTempSubdirectory("backcarebot-teams-").FullName;

    private string Zip => Path.Combine(_output, "package.zip");

    public void Dispose() => Directory.Delete(_output, recursive: true);

    [Fact]
    public async Task GoodInputs_BuildAZipWithTheFilledInValidManifestAndIcons()
    {
        var run = await BuildAsync(AppId, "https://backcare.example.org/");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("matches the Teams manifest schema v1.19", run.Output, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(Zip);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(entry => entry.FullName).Order());
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var manifest = JsonNode.Parse(await reader.ReadToEndAsync())!;
        Assert.Equal(AppId, (string?)manifest["id"]);
        Assert.Equal(AppId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("https://backcare.example.org/privacy", (string?)manifest["developer"]!["privacyUrl"]);
        Assert.Equal("https://backcare.example.org/terms", (string?)manifest["developer"]!["termsOfUseUrl"]);
        Assert.Equal("backcare.example.org", (string?)manifest["validDomains"]![0]);
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("0b5c6a1e8f0a4b6a9d7e1c2d3e4f5a6b")]
    [InlineData("{0b5c6a1e-8f0a-4b6a-9d7e-1c2d3e4f5a6b}")]
    [InlineData("0b5c6a1e-8f0a-4b6a-9d7e-1c2d3e4f5a6b; rm -rf /")]
    public async Task AnAppIdThatIsNotAGuid_IsRejectedAndNothingIsBuilt(string appId)
    {
        var run = await BuildAsync(appId, "https://backcare.example.org");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("MICROSOFT_APP_ID must be a GUID", run.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Zip));
    }

    [Theory]
    [InlineData("http://backcare.example.org")]
    [InlineData("backcare.example.org")]
    [InlineData("https://")]
    [InlineData("https://backcare.example.org/?x=1")]
    [InlineData("ftp://backcare.example.org")]
    public async Task ABaseUrlThatIsNotHttps_IsRejectedAndNothingIsBuilt(string baseUrl)
    {
        var run = await BuildAsync(AppId, baseUrl);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("BOT_BASE_URL must be an https:// URL", run.Errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Zip));
    }

    [Fact]
    public async Task AManifestTheSchemaRejects_FailsNamingEachProblem()
    {
        var manifest = Path.Combine(_output, "manifest.json");
        var template = await File.ReadAllTextAsync(Path.Combine(TeamsFolder, "manifest.template.json"));
        var broken = JsonNode.Parse(template.Replace("${TEAMS_APP_ID}", AppId, StringComparison.Ordinal).Replace("${MICROSOFT_APP_ID}", AppId, StringComparison.Ordinal)
            .Replace("${BOT_BASE_URL}", "https://backcare.example.org", StringComparison.Ordinal).Replace("${BOT_HOST}", "backcare.example.org", StringComparison.Ordinal))!;
        broken["name"]!["short"] = "BackCareBot, the lower back stretches bot";
        broken["accentColour"] = "#115E59";
        await File.WriteAllTextAsync(manifest, broken.ToJsonString());

        var run = await CommandRun.RunAsync("node", [Path.Combine(TeamsFolder, "validate-manifest.js"), manifest], TeamsFolder);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/name/short must NOT have more than 30 characters", run.Errors, StringComparison.Ordinal);
        Assert.Contains("\"additionalProperty\":\"accentColour\"", run.Errors, StringComparison.Ordinal);
    }

    private Task<CommandRun> BuildAsync(string appId, string baseUrl) =>
        CommandRun.RunAsync("bash", [Path.Combine(TeamsFolder, "build-package.sh")], _output, new Dictionary<string, string?>
        {
            ["MICROSOFT_APP_ID"] = appId,
            ["BOT_BASE_URL"] = baseUrl,
            ["TEAMS_APP_ID"] = null,
            ["OUTPUT_ZIP"] = Zip,
        });
}
