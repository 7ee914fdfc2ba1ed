using System.Runtime.CompilerServices;

namespace BackCareBot.Conversation.Tests.Support;

/// <summary>
/// The checkout's <c>dialogs</c> folder. Test binaries may be built outside the checkout (--artifacts-path), so the
/// search starts from this source file rather than the working folder.
/// </summary>
internal static class RepositoryDialogs
{
    public static string Folder { get; } = Find(Path.GetDirectoryName(SourceFile())!);

    private static string Find(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BackCareBot.sln")))
            {
                return Path.Combine(folder.FullName, "dialogs");
            }
        }

        throw new InvalidOperationException("No BackCareBot.sln above the test sources.");
    }

    private static string SourceFile([CallerFilePath] string path = "") => path;
}
