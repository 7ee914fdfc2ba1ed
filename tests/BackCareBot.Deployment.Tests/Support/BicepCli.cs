using System.Reflection;

namespace BackCareBot.Deployment.Tests.Support;

/// <summary>
/// The Bicep CLI from the NuGet package <c>Azure.Bicep.CommandLine.linux-x64</c> (a PackageDownload of this project),
/// found in the packages folder restore put it in.
/// </summary>
internal static class BicepCli
{
    private const string PackageFolder = "azure.bicep.commandline.linux-x64";
    private const string Version = "0.49.2";

    public static string Path { get; } = Find();

    /// <summary>Runs bicep; a template is clean when the run exits 0 and prints no diagnostic (warnings go to stderr).</summary>
    public static Task<CommandRun> RunAsync(string workingDirectory, params string[] arguments) =>
        CommandRun.RunAsync(Path, arguments, workingDirectory, new Dictionary<string, string?>
        {
            // Nothing to report home from a test run.
            ["BICEP_TRACING_ENABLED"] = "false",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        });

    private static string Find()
    {
        var root = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(attribute => attribute.Key == "NuGetPackageRoot").Value
            ?? throw new InvalidOperationException("The test assembly does not name the NuGet packages folder.");
        var bicep = System.IO.Path.Combine(root, PackageFolder, Version, "tools", "bicep");
        if (!File.Exists(bicep))
        {
            throw new InvalidOperationException($"The Bicep CLI is not at {bicep}: restore tests/BackCareBot.Deployment.Tests (dotnet restore).");
        }

        // NuGet does not keep Unix permissions when it extracts a package.
        if (!OperatingSystem.IsWindows() && !File.GetUnixFileMode(bicep).HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(bicep, File.GetUnixFileMode(bicep) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        }

        return bicep;
    }
}
