using System.Runtime.CompilerServices;

namespace BackCareBot.Tests.Support;

/// <summary>
/// The checkout these tests were compiled from (the folder holding BackCareBot.sln). Test binaries may be built
/// outside it (--artifacts-path), so the search starts from this source file rather than the working folder.
/// </summary>
internal static class TestRepository
{
    public static string Root { get; } = Find(Path.GetDirectoryName(SourceFile())!);

    private static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BackCareBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("No BackCareBot.sln above the test sources.");
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
