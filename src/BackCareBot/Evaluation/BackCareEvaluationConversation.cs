using BackCareBot.BackCare;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.Evaluation;

/// <summary>
/// Keeps the pain facts between messages, as the dialog does, so that "my back hurts" then "about ten days" is
/// understood as ten days of pain.
/// </summary>
internal sealed class BackCareEvaluationConversation(BackCareUnderstanding understanding, TimeProvider time)
    : IEvaluationConversation
{
    private PainFacts? facts;

    public ValueTask<TurnOutcome> SendAsync(string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var understood = understanding.Understand(text, time.GetUtcNow(), facts);
        facts = understood.Facts;
        var advice = understood.Advice.Outcome is MatchOutcome.Matched or MatchOutcome.Ambiguous
            ? understood.Advice.Best?.AdviceId
            : null;
        var triage = understood.Triage;
        return ValueTask.FromResult(new TurnOutcome(
            advice,
            triage.Status == TriageStatus.Decided ? triage.Level : null,
            triage.Status == TriageStatus.NeedsFollowUp));
    }
}
