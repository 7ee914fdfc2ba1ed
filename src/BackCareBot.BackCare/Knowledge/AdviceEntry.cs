namespace BackCareBot.BackCare.Knowledge;

/// <summary>One piece of advice, as a coach wrote it in <c>dialogs/knowledge/&lt;id&gt;.yaml</c>.</summary>
/// <param name="Id">The stable advice id (<see cref="BackCare.AdviceIds"/>).</param>
/// <param name="Title">A short heading.</param>
/// <param name="Kind">Exercise, setup or explanation.</param>
/// <param name="Attribution">The expert with credentials, the reader, or the article itself.</param>
/// <param name="Answer">Two to four sentences in BackCareBot's voice.</param>
/// <param name="Steps">How to do it, in order.</param>
/// <param name="StepsNote">Where the steps come from when the article does not describe them; null when it does.</param>
/// <param name="Hold">How long to hold, or an honest note that the article does not say; null for non-exercises.</param>
/// <param name="Frequency">How often, or an honest note that the article does not say; null for non-exercises.</param>
/// <param name="Why">Why it helps, from the article.</param>
/// <param name="Related">The natural next advice ids, best first.</param>
/// <param name="Phrasings">Example questions that should lead here.</param>
/// <param name="Vocabulary">Concepts (from the shared vocabulary) that lead here, with weights in (0, 1].</param>
public sealed record AdviceEntry(
    string Id,
    string Title,
    AdviceKind Kind,
    Attribution Attribution,
    string Answer,
    IReadOnlyList<string> Steps,
    string? StepsNote,
    string? Hold,
    string? Frequency,
    string Why,
    IReadOnlyList<string> Related,
    IReadOnlyList<string> Phrasings,
    IReadOnlyDictionary<string, double> Vocabulary)
{
    /// <summary>The positions the move needs and its easier version avoids; none for advice that is not a move.</summary>
    public PositionNeeds Position { get; init; } = PositionNeeds.None;
}
