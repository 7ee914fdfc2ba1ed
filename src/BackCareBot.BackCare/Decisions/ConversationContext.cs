using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare.Decisions;

/// <summary>What the conversation already knows when a message arrives: the decider's memory, kept by the dialogs.</summary>
/// <param name="Facts">The pain facts told so far.</param>
/// <param name="Asked">The pain question waiting for an answer, if any.</param>
/// <param name="Reasks">How many times that question was asked again after an answer that did not answer it.</param>
/// <param name="Unanswered">Pain facts the person could not give after being asked twice.</param>
/// <param name="ScreeningAsked">The screening concept whose question waits for an answer, if any.</param>
/// <param name="Screened">Screening concepts the person has ruled out ("neither"), not asked again.</param>
/// <param name="DeferredAdvice">The advice asked for when a screening question came first, answered once it is ruled out.</param>
public sealed record ConversationContext(
    PainFacts Facts,
    MissingPainFacts Asked = MissingPainFacts.None,
    int Reasks = 0,
    MissingPainFacts Unanswered = MissingPainFacts.None,
    string? ScreeningAsked = null,
    IReadOnlyList<string>? Screened = null,
    string? DeferredAdvice = null)
{
    public static ConversationContext New { get; } = new(PainFacts.None);

    public IReadOnlyList<string> ScreenedConcepts => Screened ?? [];
}
