using BackCareBot.BackCare.Triage;

namespace BackCareBot.Evaluation;

/// <summary>What the bot decided on one message.</summary>
/// <param name="AdviceId">The first advice the reply gives, or null when it gives none.</param>
/// <param name="Level">The triage level the reply carries, or null when it carries none.</param>
/// <param name="ExpectingInput">The bot asked about the pain and waits for the answer.</param>
public sealed record TurnOutcome(string? AdviceId, TriageLevel? Level, bool ExpectingInput)
{
    public string DescribeTriage() => Level?.ToWireName() ?? (ExpectingInput ? "asks" : "none");

    public override string ToString() => $"advice {AdviceId ?? "none"}, triage {DescribeTriage()}";
}
