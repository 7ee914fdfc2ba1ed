namespace BackCareBot.BackCare.Knowledge;

/// <summary>The shared vocabulary (<c>dialogs/knowledge/vocabulary.yaml</c>).</summary>
/// <param name="Concepts">The concepts, in file order.</param>
/// <param name="Fillers">Words skipped inside phrases ("back of my thighs" = "back of the thighs").</param>
/// <param name="OrdinaryWords">Correctly spelled words that carry no topic and are never typo-corrected.</param>
public sealed record Vocabulary(IReadOnlyList<Concept> Concepts, IReadOnlyList<string> Fillers, IReadOnlyList<string> OrdinaryWords);
