using System.Runtime.CompilerServices;

namespace BackCareBot.Testing;

/// <summary>The repository's root folder, found from this source file's path (the test sources stay in the clone).</summary>
public static class RepositoryFolder
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

        throw new InvalidOperationException($"No BackCareBot.sln above {start}.");
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
