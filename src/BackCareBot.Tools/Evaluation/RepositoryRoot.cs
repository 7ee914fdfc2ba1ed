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


    /// <summary>
    /// A path typed on the command line, made absolute: a relative one is read from the current folder, then from the
    /// checkout's root, because <c>dotnet run --project</c> starts the app in the project's folder, not where the
    /// command was typed.
    /// </summary>
    public static string ResolveArgument(string path, string? root)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Path.Exists(path) || root is null || Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        var fromRoot = Path.Combine(root, path);
        return Path.Exists(fromRoot) ? fromRoot : Path.GetFullPath(path);
    }
}
