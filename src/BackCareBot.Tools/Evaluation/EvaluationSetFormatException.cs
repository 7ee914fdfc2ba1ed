namespace BackCareBot.Evaluation;

/// <summary>An evaluation file that cannot be read as cases; the message names the file and line to fix.</summary>
internal sealed class EvaluationSetFormatException : Exception
{
    public EvaluationSetFormatException()
    {
    }

    public EvaluationSetFormatException(string message)
        : base(message)
    {
    }

    public EvaluationSetFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public EvaluationSetFormatException(CaseLocation location, string problem)
        : base($"{location}: {problem}")
    {
        Line = location.Line;
    }

    /// <summary>The 1-based line at fault, or null when the fault is the file as a whole.</summary>
    public int? Line { get; }
}
