namespace BackCareBot.BackCare.Knowledge;

/// <summary>How much a concept says about which advice fits.</summary>
public enum ConceptRole
{
    /// <summary>Points at particular advice ("foam roller", "hamstrings"); enough to tell two pieces of advice apart.</summary>
    Specific,

    /// <summary>On topic but points at nothing in particular ("lower back", "stiff", "pain").</summary>
    General,
}
