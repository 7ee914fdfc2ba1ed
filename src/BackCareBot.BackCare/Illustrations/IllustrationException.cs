namespace BackCareBot.BackCare.Illustrations;

/// <summary>
/// The illustrations folder is broken. Every problem found is listed, each naming the file, the entry and what is
/// wrong, as the knowledge loader does.
/// </summary>
public sealed class IllustrationException : Exception
{
    public IllustrationException()
        : this([])
    {
    }

    public IllustrationException(string message)
        : this([message])
    {
    }

    public IllustrationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public IllustrationException(IReadOnlyList<string> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>One line per problem: <c>path: entry 'id': problem</c>.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems) =>
        problems.Count == 0
            ? "The illustrations are invalid."
            : $"The illustrations have {problems.Count} problem(s):{Environment.NewLine}" + string.Join(Environment.NewLine, problems);
}
