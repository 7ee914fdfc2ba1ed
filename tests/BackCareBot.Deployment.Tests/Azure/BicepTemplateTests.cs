using System.Text.Json.Nodes;
using BackCareBot.Deployment.Tests.Support;

namespace BackCareBot.Deployment.Tests.Azure;

/// <summary>
/// <c>deployment/azure/main.bicep</c> built and linted by the Bicep CLI, with the repository's
/// <c>bicepconfig.json</c> (which also asks for recent API versions): any warning or error fails. Then what the
/// compiled template deploys is read from its JSON.
/// </summary>
public sealed class BicepTemplateTests
{
    private static readonly string AzureFolder = Path.Combine(RepositoryFolder.Root, "deployment", "azure");

    [Fact]
    public async Task Build_HasNoWarningOrError()
    {
        var run = await BicepCli.RunAsync(AzureFolder, "build", "main.bicep", "--stdout");

        AssertClean(run);
    }

    [Fact]
    public async Task Lint_HasNoWarningOrError()
    {
        var run = await BicepCli.RunAsync(AzureFolder, "lint", "main.bicep");

        AssertClean(run);
    }

    [Fact]
    public async Task ATemplateWithAWarning_IsNotClean()
    {
        var folder = Directory.CreateTempSubdirectory("backcarebot-bicep-").FullName;
        try
        {
            File.Copy(Path.Combine(AzureFolder, "bicepconfig.json"), Path.Combine(folder, "bicepconfig.json"));
            await File.WriteAllTextAsync(Path.Combine(folder, "old.bicep"),
                "param unused string\nresource id 'Microsoft.ManagedIdentity/userAssignedIdentities@2018-11-30' = {\n  name: 'x'\n  location: 'westeurope'\n}\n");

            var run = await BicepCli.RunAsync(folder, "lint", "old.bicep");

            Assert.Contains("no-unused-params", run.Errors, StringComparison.Ordinal);
            Assert.Contains("use-recent-api-versions", run.Errors, StringComparison.Ordinal);
            Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => AssertClean(run));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task State_IsABlobContainerReachedWithTheManagedIdentityAndNoKeys()
    {
        var template = await CompileAsync();

        var storage = Resource(template, "Microsoft.Storage/storageAccounts");
        Assert.False((bool)storage["properties"]!["allowSharedKeyAccess"]!);
        Assert.False((bool)storage["properties"]!["allowBlobPublicAccess"]!);
        var blob = Resource(template, "Microsoft.Storage/storageAccounts/blobServices");
        Assert.False((bool)blob["properties"]!["deleteRetentionPolicy"]!["enabled"]!);
        Assert.False((bool)blob["properties"]!["isVersioningEnabled"]!);
        var role = Resource(template, "Microsoft.Authorization/roleAssignments");
        // Storage Blob Data Contributor, Azure's built-in data-plane role.
        Assert.Equal("[variables('storageBlobDataContributor')]", (string)role["properties"]!["roleDefinitionId"]!);
        Assert.Contains("ba92f5b4-2d11-453d-a403-e96b0029c9fe", (string)template["variables"]!["storageBlobDataContributor"]!, StringComparison.Ordinal);
        Assert.Contains("userAssignedIdentities", (string)role["properties"]!["principalId"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("listKeys", template.ToJsonString(), StringComparison.Ordinal);

        var settings = AppSettings(template);
        Assert.Contains("'Storage__Provider', 'AzureBlob'", settings, StringComparison.Ordinal);
        Assert.Contains("'Storage__AzureBlob__ServiceUri', reference(", settings, StringComparison.Ordinal);
        Assert.Contains("'AZURE_CLIENT_ID', reference(", settings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Instances_AreAParameterWithASharedSecureSigningKey()
    {
        var template = await CompileAsync();

        var parameters = template["parameters"]!;
        Assert.Equal(2, (int)parameters["instanceCount"]!["defaultValue"]!);
        Assert.Equal("securestring", (string)parameters["directLineTokenSigningKey"]!["type"]!);
        Assert.Equal(32, (int)parameters["directLineTokenSigningKey"]!["minLength"]!);
        Assert.Null(parameters["directLineTokenSigningKey"]!["defaultValue"]);
        Assert.Equal("[parameters('instanceCount')]", (string)Resource(template, "Microsoft.Web/serverfarms")["sku"]!["capacity"]!);
        var settings = AppSettings(template);
        Assert.Contains("'DirectLine__TokenSigningKey', parameters('directLineTokenSigningKey')", settings, StringComparison.Ordinal);
        Assert.DoesNotContain("'Urls'", settings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Telemetry_GoesToWorkspaceBasedApplicationInsights()
    {
        var template = await CompileAsync();

        var insights = Resource(template, "Microsoft.Insights/components");
        Assert.Contains("Microsoft.OperationalInsights/workspaces", (string)insights["properties"]!["WorkspaceResourceId"]!, StringComparison.Ordinal);
        Assert.Contains("'APPLICATIONINSIGHTS_CONNECTION_STRING', reference(", AppSettings(template), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePlan_HasRoomForTheDirectLineMemoryBudget()
    {
        var template = await CompileAsync();

        // Every plan offered has at least 1.75 GB an instance (B1 and S1 are the smallest): the bot's ~250 MB peak
        // plus DirectLine:MaxTotalBytes (256 MB) fit with room for the runtime and the platform.
        var allowed = template["parameters"]!["sku"]!["allowedValues"]!.AsArray().Select(value => (string)value!).ToList();
        Assert.DoesNotContain("F1", allowed);
        Assert.DoesNotContain("D1", allowed);
        Assert.Contains("B1", allowed);
    }

    private static void AssertClean(CommandRun run)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(string.IsNullOrWhiteSpace(run.Errors), $"Bicep reported diagnostics:\n{run.Errors}");
    }

    private static async Task<JsonNode> CompileAsync()
    {
        var run = await BicepCli.RunAsync(AzureFolder, "build", "main.bicep", "--stdout");
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonNode.Parse(run.Output)!;
    }

    private static JsonNode Resource(JsonNode template, string type) =>
        template["resources"]!.AsArray().Select(resource => resource!).Single(resource => (string?)resource["type"] == type);

    /// <summary>The app settings resource's properties, an ARM expression that unions the settings.</summary>
    private static string AppSettings(JsonNode template) =>
        (string)template["resources"]!.AsArray().Select(resource => resource!)
            .Single(resource => (string?)resource["type"] == "Microsoft.Web/sites/config" && (string?)resource["name"] is { } name && name.Contains("appsettings", StringComparison.Ordinal))["properties"]!;
}
