namespace BackCareBot.BackCare.Matching;

/// <summary>Everything the matcher precomputes from the knowledge, read-only once built and shared by all threads.</summary>
internal sealed class MatcherIndex
{
    public required TermTable Terms { get; init; }

    public required PhraseTrie Phrases { get; init; }

    /// <summary>Advice ids in the article's order; ties go to the earlier one.</summary>
    public required string[] EntryIds { get; init; }

    public required bool[] ConceptIsSpecific { get; init; }

    /// <summary>How strongly each concept leads to each entry: <c>[concept * EntryCount + entry]</c>.</summary>
    public required double[] ConceptWeights { get; init; }

    /// <summary>For a term id that is a distinctive word of one entry's phrasings, that entry; otherwise -1.</summary>
    public required int[] PhrasingWordEntry { get; init; }

    /// <summary>The vocabulary concept of asking for a stretch or an exercise.</summary>
    public const string ExerciseRequestConceptName = "stretch";

    /// <summary>Per entry, in <see cref="EntryIds"/> order: the advice is something you do with your body.</summary>
    public required bool[] EntryIsExercise { get; init; }

    /// <summary>The concept index of <see cref="ExerciseRequestConceptName"/>, or -1 when the vocabulary lacks it.</summary>
    public required int ExerciseRequestConcept { get; init; }

    /// <summary>The vocabulary concept of asking what to do ("what helps", "any tips").</summary>
    public const string HelpRequestConceptName = "help-request";

    /// <summary>The vocabulary concept of feeling stiff or tight.</summary>
    public const string StiffnessConceptName = "stiffness";

    /// <summary>The concept index of <see cref="HelpRequestConceptName"/>, or -1.</summary>
    public required int HelpRequestConcept { get; init; }

    /// <summary>The concept index of <see cref="StiffnessConceptName"/>, or -1.</summary>
    public required int StiffnessConcept { get; init; }

    /// <summary>
    /// For each concept, the concepts it outweighs (vocabulary <c>outweighs</c>), as flags indexed
    /// <c>[concept * ConceptCount + other]</c>: empty rows for the concepts that outweigh nothing.
    /// </summary>
    public required bool[] Outweighs { get; init; }

    /// <summary>For each concept, whether it outweighs any other: most do not, and are passed over at once.</summary>
    public required bool[] OutweighsAny { get; init; }

    /// <summary>
    /// For each concept, the entries it turns down (vocabulary <c>declines</c>), as flags indexed
    /// <c>[concept * EntryCount + entry]</c>: an entry is turned down when a declined concept leads to it strongly.
    /// </summary>
    public required bool[] Declined { get; init; }

    /// <summary>For each concept, whether it turns any entry down.</summary>
    public required bool[] DeclinesAny { get; init; }

    /// <summary>For each concept, the positions it rules out (vocabulary <c>rules_out</c>); mostly empty.</summary>
    public required IReadOnlyList<string>[] RulesOut { get; init; }

    /// <summary>For each concept, the positions it takes back from those ruled out (vocabulary <c>rules_in</c>); mostly empty.</summary>
    public required IReadOnlyList<string>[] RulesIn { get; init; }

    public int EntryCount => EntryIds.Length;

    public int ConceptCount => ConceptIsSpecific.Length;

    public double Weight(int concept, int entry) => ConceptWeights[(concept * EntryIds.Length) + entry];
}
