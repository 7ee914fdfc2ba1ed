namespace BackCareBot.BackCare.Knowledge;

/// <summary>Where a piece of advice comes from.</summary>
/// <param name="Kind">Expert, reader tip or the article's own text.</param>
/// <param name="Name">The expert, the reader, or the article's author.</param>
/// <param name="Credentials">The expert's credentials; null for reader tips and the article's text.</param>
/// <param name="Section">The part of the article it comes from.</param>
/// <param name="Citation">The source the article cites for it, if any.</param>
public sealed record Attribution(AttributionKind Kind, string Name, string? Credentials, string Section, string? Citation)
{
    /// <summary>A line fit to show a user: "John Levya, CSCS, CPT" or "A reader's tip (Victor)".</summary>
    public string Display => Kind switch
    {
        AttributionKind.Expert => $"{Name}, {Credentials}",
        AttributionKind.ReaderTip => $"A reader's tip ({Name})",
        _ => Citation is null ? $"The article, by {Name}" : $"The article, by {Name}, citing {Citation}",
    };
}
