namespace BackCareBot.BackCare.Text;

/// <summary>
/// A message made safe and cheap to analyse: markup removed, lower case, at most
/// <see cref="MessageNormalizer.MaxAnalysedLength"/> characters. Matching and triage both start from it.
/// </summary>
public sealed class NormalizedMessage
{
    internal NormalizedMessage(string text, bool truncated)
    {
        Text = text;
        Truncated = truncated;
    }

    public static NormalizedMessage Empty { get; } = new(string.Empty, truncated: false);

    /// <summary>Lower-case text with single spaces; apostrophes are plain <c>'</c>.</summary>
    public string Text { get; }

    /// <summary>The original was longer than what is analysed.</summary>
    public bool Truncated { get; }

    public bool IsEmpty => Text.Length == 0;

    public override string ToString() => Text;
}
