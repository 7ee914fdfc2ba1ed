using BackCareBot.BackCare.Triage;

namespace BackCareBot.Conversation.State;

/// <summary><see cref="BackCare.Triage.PainFacts"/> as stored: flags, a duration and warning-sign ids with their levels.</summary>
/// <param name="Crisis">Crisis language was said in this conversation.</param>
/// <param name="Pregnant">The person (or whoever they ask for) is pregnant.</param>
public sealed record StoredPainFacts(
    bool PainMentioned,
    Sharpness Sharpness,
    TimeSpan? Duration,
    IReadOnlyList<StoredWarningSign> WarningSigns,
    bool Crisis = false,
    bool Pregnant = false,
    bool AgeOfNewPainSign = false,
    bool RoutineConcern = false,
    IReadOnlyList<string>? PendingSigns = null,
    bool MinorTrauma = false,
    bool AboutSomeoneElse = false,
    IReadOnlyList<string>? SignsJustSaid = null)
{
    public static StoredPainFacts? From(PainFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return IsEmpty(facts)
            ? null
            : new StoredPainFacts(
                facts.PainMentioned,
                facts.Sharpness,
                facts.Duration,
                [.. facts.WarningSigns.Select(sign => new StoredWarningSign(sign.Id, sign.Level))],
                facts.Crisis,
                facts.Pregnant,
                facts.AgeOfNewPainSign,
                facts.RoutineConcern,
                facts.PendingSigns.Count == 0 ? null : facts.PendingSigns,
                facts.MinorTrauma,
                facts.AboutSomeoneElse,
                facts.SignsJustSaid.Count == 0 ? null : facts.SignsJustSaid);
    }

    public PainFacts ToPainFacts() => new()
    {
        PainMentioned = PainMentioned,
        Sharpness = Sharpness,
        Duration = Duration,
        WarningSigns = [.. WarningSigns.Select(sign => new WarningSign(sign.Id, sign.Level))],
        Crisis = Crisis,
        Pregnant = Pregnant,
        AgeOfNewPainSign = AgeOfNewPainSign,
        RoutineConcern = RoutineConcern,
        PendingSigns = PendingSigns ?? [],
        MinorTrauma = MinorTrauma,
        AboutSomeoneElse = AboutSomeoneElse,
        SignsJustSaid = SignsJustSaid ?? [],
    };

    private static bool IsEmpty(PainFacts facts) =>
        !facts.PainMentioned && facts.Sharpness == Sharpness.Unknown && facts.Duration is null && facts.WarningSigns.Count == 0
        && !facts.Crisis && !facts.Pregnant && !facts.AgeOfNewPainSign && !facts.RoutineConcern
        && facts.PendingSigns.Count == 0 && !facts.MinorTrauma;
}
