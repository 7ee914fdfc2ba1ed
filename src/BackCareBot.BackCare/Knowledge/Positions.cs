namespace BackCareBot.BackCare.Knowledge;

/// <summary>
/// The positions a move can ask of the body and a person can say they can't take ("no kneeling, bad knees", "can't get
/// on the floor in a skirt"). Vocabulary concepts rule them out (<c>rules_out</c>); advice says which it needs
/// (<c>position.needs</c>) and which its easier version avoids (<c>position.version_avoids</c>).
/// </summary>
public static class Positions
{
    public const string Kneeling = "kneeling";
    public const string Floor = "floor";
    public const string Lying = "lying";

    /// <summary>Standing up: a wheelchair user can't, and the easier versions of the kneeling moves are done standing.</summary>
    public const string Standing = "standing";

    public static IReadOnlyList<string> All { get; } = [Kneeling, Floor, Lying, Standing];

    public static bool IsKnown(string position) => All.Contains(position, StringComparer.Ordinal);
}
