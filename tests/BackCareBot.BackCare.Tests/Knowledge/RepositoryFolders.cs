namespace BackCareBot.BackCare.Tests.Knowledge;

/// <summary>Finds the repository's folders from the test output, so tests read the same files the bot ships with.</summary>
internal static class RepositoryFolders
{
    private static readonly Lazy<string> Root = new(FindRoot);

    public static string Knowledge => Path.Combine(Root.Value, "dialogs", "knowledge");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BackCareBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No BackCareBot.sln above {AppContext.BaseDirectory}.");
    }
}
