using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.Conversation.Dialogs;

/// <summary>
/// Keeps exercises from a person triage sends to a doctor or further, for advice the dialogs pick themselves (a
/// follow-up, a choice, an answer that changed the triage) as the back-care layer does for matched advice.
/// </summary>
internal sealed class AdviceGate(KnowledgeBase knowledge)
{
    public static bool Allows(AdviceEntry entry, TriageAssessment triage) =>
        entry.Kind != AdviceKind.Exercise || !TriagePolicy.WithholdsExercises(triage);

    public bool Allows(string adviceId, TriageAssessment triage) => Allows(knowledge[adviceId], triage);

    public AdviceMatch Apply(AdviceMatch match, TriageAssessment triage)
    {
        if (match.Outcome == MatchOutcome.NothingFits || !TriagePolicy.WithholdsExercises(triage))
        {
            return match;
        }

        var allowed = match.Ranked.Where(advice => Allows(advice.AdviceId, triage)).ToList();
        if (allowed.Count == match.Ranked.Count)
        {
            return match;
        }

        return allowed.Count switch
        {
            0 => AdviceMatch.NothingFits,
            1 => new AdviceMatch(MatchOutcome.Matched, allowed),
            _ => match with { Ranked = allowed },
        };
    }
}
