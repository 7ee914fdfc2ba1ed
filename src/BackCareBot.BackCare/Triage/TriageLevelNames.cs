namespace BackCareBot.BackCare.Triage;

/// <summary>The wire names of <see cref="TriageLevel"/> used in reply entities and evaluation files.</summary>
public static class TriageLevelNames
{
    public static string ToWireName(this TriageLevel level) => level switch
    {
        TriageLevel.Emergency => "emergency",
        TriageLevel.Urgent => "urgent",
        TriageLevel.Doctor => "doctor",
        TriageLevel.SelfCare => "self-care",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Not a triage level."),
    };

    public static bool TryParse(string? name, out TriageLevel level)
    {
        level = name switch
        {
            "emergency" => TriageLevel.Emergency,
            "urgent" => TriageLevel.Urgent,
            "doctor" => TriageLevel.Doctor,
            "self-care" => TriageLevel.SelfCare,
            _ => 0,
        };
        return level != 0;
    }
}
