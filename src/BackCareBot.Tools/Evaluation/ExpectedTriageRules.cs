using BackCareBot.BackCare.Triage;

namespace BackCareBot.Evaluation;

/// <summary>The wire names of <see cref="ExpectedTriage"/> and what each accepts.</summary>
internal static class ExpectedTriageRules
{
    private static readonly (string Name, ExpectedTriage Value)[] Names =
    [
        ("emergency", ExpectedTriage.Emergency),
        ("urgent", ExpectedTriage.Urgent),
        ("doctor", ExpectedTriage.Doctor),
        ("self-care", ExpectedTriage.SelfCare),
        ("none", ExpectedTriage.None),
        ("none-or-self-care", ExpectedTriage.NoneOrSelfCare),
        ("urgent-or-emergency", ExpectedTriage.UrgentOrEmergency),
        ("asks", ExpectedTriage.Asks),
    ];

    public static IEnumerable<string> WireNames => Names.Select(entry => entry.Name);

    public static bool TryParse(string? name, out ExpectedTriage expected)
    {
        foreach (var (wireName, value) in Names)
        {
            if (string.Equals(name, wireName, StringComparison.Ordinal))
            {
                expected = value;
                return true;
            }
        }

        expected = default;
        return false;
    }

    public static string ToWireName(this ExpectedTriage expected) =>
        Array.Find(Names, entry => entry.Value == expected).Name
        ?? throw new ArgumentOutOfRangeException(nameof(expected), expected, "Not an expected triage.");

    public static bool Accepts(this ExpectedTriage expected, TurnOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        // The evaluation format defines "none" as no triage entity: a reply that asks which advice was meant is
        // expecting input without being a pain question, so expecting input alone does not break "none".
        var noTriage = outcome.Level is null;
        return expected switch
        {
            ExpectedTriage.None => noTriage,
            ExpectedTriage.SelfCare => outcome.Level == TriageLevel.SelfCare,
            ExpectedTriage.NoneOrSelfCare => noTriage || outcome.Level == TriageLevel.SelfCare,
            ExpectedTriage.Doctor => outcome.Level == TriageLevel.Doctor,
            ExpectedTriage.Urgent => outcome.Level == TriageLevel.Urgent,
            ExpectedTriage.UrgentOrEmergency => outcome.Level is TriageLevel.Urgent or TriageLevel.Emergency,
            ExpectedTriage.Emergency => outcome.Level == TriageLevel.Emergency,
            ExpectedTriage.Asks => outcome.Level is null && outcome.ExpectingInput,
            _ => false,
        };
    }

    /// <summary>
    /// The least level that does not miss a red flag: a person who needs a doctor must be sent at least to a doctor.
    /// Null for expectations that are not red flags.
    /// </summary>
    public static TriageLevel? RedFlagMinimum(this ExpectedTriage expected) => expected switch
    {
        ExpectedTriage.Doctor => TriageLevel.Doctor,
        ExpectedTriage.Urgent or ExpectedTriage.UrgentOrEmergency => TriageLevel.Urgent,
        ExpectedTriage.Emergency => TriageLevel.Emergency,
        _ => null,
    };

    /// <summary>Expectations for which sending the person to a doctor or higher is over-triage.</summary>
    public static bool IsLowAcuity(this ExpectedTriage expected) =>
        expected is ExpectedTriage.None or ExpectedTriage.SelfCare or ExpectedTriage.NoneOrSelfCare;
}
