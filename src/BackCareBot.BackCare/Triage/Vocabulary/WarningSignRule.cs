using BackCareBot.BackCare.Triage.Rules;

namespace BackCareBot.BackCare.Triage.Vocabulary;

/// <summary>A warning sign (one file of <c>dialogs/rules/warning-signs/</c>) and every phrase that reports it.</summary>
/// <param name="Named">How the bot names the sign back to the person, in its reply.</param>
/// <param name="IsHistory">
/// The sign is a history rather than a symptom (cancer, steroids): words of the past do not cancel it, and someone
/// else's counts only with their back pain now.
/// </param>
public sealed record WarningSignRule(
    WarningSign Sign, PhraseRule Rule, string Named, SignCondition Condition = SignCondition.None, bool IsHistory = false)
{
    /// <summary>Pain of up to six weeks is new (acute) pain for the age-over-50 sign.</summary>
    public static readonly TimeSpan NewPainAtMost = TimeSpan.FromDays(42);

    public IReadOnlyList<string> Phrases => Rule.Phrases;
}
