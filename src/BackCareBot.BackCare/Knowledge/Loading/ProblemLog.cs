namespace BackCareBot.BackCare.Knowledge.Loading;

/// <summary>Collects every problem in the knowledge folder, so one run tells a coach all that needs fixing.</summary>
internal sealed class ProblemLog
{
    private readonly List<string> _problems = [];

    public int Count => _problems.Count;

    public IReadOnlyList<string> Problems => _problems;

    /// <param name="path">The file (or folder) at fault, as the loader was given it.</param>
    /// <param name="subject">What inside the file: "entry 'dead-bug'", "concept 'glutes'"; null for the whole file.</param>
    /// <param name="problem">What is wrong, in words a coach understands.</param>
    public void Add(string path, string? subject, string problem) =>
        _problems.Add(subject is null ? $"{path}: {problem}" : $"{path}: {subject}: {problem}");
}
