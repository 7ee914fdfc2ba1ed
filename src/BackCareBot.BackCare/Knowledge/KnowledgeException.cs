namespace BackCareBot.BackCare.Knowledge;

/// <summary>
/// The knowledge folder is broken. Every problem found is listed, each naming the file, the entry and what is wrong,
/// so a coach can fix them all in one go.
/// </summary>
public sealed class KnowledgeException : Exception
{
    public KnowledgeException()
        : this([])
    {
    }

    public KnowledgeException(string message)
        : this([message])
    {
    }

    public KnowledgeException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public KnowledgeException(IReadOnlyList<string> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>One line per problem: <c>path: entry 'id': problem</c>.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems) =>
        problems.Count == 0
            ? "The knowledge is invalid."
            : $"The knowledge has {problems.Count} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, problems);
}
