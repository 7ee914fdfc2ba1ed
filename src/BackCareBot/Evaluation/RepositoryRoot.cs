namespace BackCareBot.Evaluation;

/// <summary>Finds the checkout (the folder holding BackCareBot.sln) that the default set and the knowledge come from.</summary>
internal static class RepositoryRoot
{
    public const string SolutionFileName = "BackCareBot.sln";

    /// <summary>The first folder holding the solution, walking up from each start folder in turn; null when none does.</summary>
    public static string? Find(params IEnumerable<string> startFolders)
    {
        ArgumentNullException.ThrowIfNull(startFolders);
        foreach (var start in startFolders)
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, SolutionFileName)))
                {
                    return folder.FullName;
                }
            }
        }

        return null;
    }

    public static string? FindFromHere() => Find(Environment.CurrentDirectory, AppContext.BaseDirectory);

    public static string EvaluationSet(string root) => Path.Combine(root, "tests", "Evaluation", "backcare.jsonl");

    public static string Dialogs(string root) => Path.Combine(root, "dialogs");

    public static string Knowledge(string root) => Path.Combine(Dialogs(root), "knowledge");
}
