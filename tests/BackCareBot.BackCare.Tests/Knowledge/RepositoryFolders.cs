using System.Runtime.CompilerServices;

namespace BackCareBot.BackCare.Tests.Knowledge;

/// <summary>
/// Finds the repository's folders, so tests read the same files the bot ships with. The search walks up from the
/// test output to the folder holding BackCareBot.sln; when the tests were built elsewhere (--artifacts-path) it
/// walks up from this source file instead.
/// </summary>
internal static class RepositoryFolders
{
    private const string SolutionFileName = "BackCareBot.sln";

    private static readonly Lazy<string> Root = new(() =>
        FindRootAbove(AppContext.BaseDirectory)
        ?? FindRootAbove(Path.GetDirectoryName(SourceFile())!)
        ?? throw new InvalidOperationException($"No {SolutionFileName} above {AppContext.BaseDirectory} or the test sources."));

    public static string Dialogs => Path.Combine(Root.Value, "dialogs");

    public static string Knowledge => Path.Combine(Root.Value, "dialogs", "knowledge");

    public static string Rules => Path.Combine(Root.Value, "dialogs", "rules");

    public static string Illustrations => Path.Combine(Root.Value, "dialogs", "illustrations");

    private static string? FindRootAbove(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
            {
                return folder.FullName;
            }
        }

        return null;
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
