namespace BackCareBot.Evaluation;

/// <summary>Where a case was written, so a failure or a format error points at the line to fix.</summary>
internal readonly record struct CaseLocation(string File, int Line)
{
    public override string ToString() => $"{File}:{Line}";
}
