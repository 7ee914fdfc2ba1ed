namespace BackCareBot.BackCare.Knowledge;

/// <summary>A thing people talk about, with the words and phrases they use for it.</summary>
/// <param name="Name">The key advice entries use in their vocabulary.</param>
/// <param name="Role">Whether it points at particular advice.</param>
/// <param name="Meaning">A note for reviewers.</param>
/// <param name="Words">Words and phrases, lower case, as people type them.</param>
public sealed record Concept(string Name, ConceptRole Role, string? Meaning, IReadOnlyList<string> Words);
