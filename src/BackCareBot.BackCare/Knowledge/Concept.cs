namespace BackCareBot.BackCare.Knowledge;

/// <summary>A thing people talk about, with the words and phrases they use for it.</summary>
/// <param name="Name">The key advice entries use in their vocabulary.</param>
/// <param name="Role">Whether it points at particular advice.</param>
/// <param name="Meaning">A note for reviewers.</param>
/// <param name="Words">Words and phrases, lower case, as people type them.</param>
/// <param name="Outweighs">
/// Concepts this one takes away when a message names it and no other concept ("iphone" outweighs "laptop": "how do I
/// back up my iphone to my laptop" is not about the desk, but "i code all day, any posture tips" is about posture).
/// </param>
/// <param name="Declines">
/// Concepts this one turns down ("no yoga", "nothing lying on my back"): the advice those concepts lead to is not
/// offered, and the question is answered with the best of the rest.
/// </param>
/// <param name="RulesOut">
/// Positions this one says the person can't take ("no kneeling": <see cref="Positions.Kneeling"/>): remembered for the
/// conversation, so every move shown after is the version without them, or left out.
/// </param>
/// <param name="RulesIn">
/// Positions this one says the person can take after all ("wait, I CAN do floor stuff at home"): taken off the
/// positions ruled out before.
/// </param>
public sealed record Concept(string Name, ConceptRole Role, string? Meaning, IReadOnlyList<string> Words)
{
    public IReadOnlyList<string> Outweighs { get; init; } = [];

    public IReadOnlyList<string> Declines { get; init; } = [];

    public IReadOnlyList<string> RulesOut { get; init; } = [];

    public IReadOnlyList<string> RulesIn { get; init; } = [];
}
