using BackCareBot.BackCare.Triage;

namespace BackCareBot.Conversation.State;

/// <summary><see cref="BackCare.Triage.PainFacts"/> as stored: flags, a duration and warning-sign ids with their levels.</summary>
public sealed record StoredPainFacts(bool PainMentioned, Sharpness Sharpness, TimeSpan? Duration, IReadOnlyList<StoredWarningSign> WarningSigns)
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
                [.. facts.WarningSigns.Select(sign => new StoredWarningSign(sign.Id, sign.Level))]);
    }

    public PainFacts ToPainFacts() => new()
    {
        PainMentioned = PainMentioned,
        Sharpness = Sharpness,
        Duration = Duration,
        WarningSigns = [.. WarningSigns.Select(sign => new WarningSign(sign.Id, sign.Level))],
    };

    private static bool IsEmpty(PainFacts facts) =>
        !facts.PainMentioned && facts.Sharpness == Sharpness.Unknown && facts.Duration is null && facts.WarningSigns.Count == 0;
}
