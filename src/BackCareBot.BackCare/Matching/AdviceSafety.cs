using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare.Matching;

/// <summary>
/// Sharp pain always outranks stretching advice: once triage sends someone to a doctor or further, exercises are
/// withheld from the match, whatever they asked. Setup and background advice (the desk, why sitting hurts) stay.
/// Applied here, in the back-care layer, so every layer above inherits the rule.
/// </summary>
internal static class AdviceSafety
{
    public static AdviceMatch WithholdExercises(AdviceMatch match, TriageAssessment triage, KnowledgeBase knowledge)
    {
        if (match.Outcome == MatchOutcome.NothingFits || triage is not { Status: TriageStatus.Decided, Level: >= TriageLevel.Doctor })
        {
            return match;
        }

        var safe = match.Ranked.Where(advice => knowledge[advice.AdviceId].Kind != AdviceKind.Exercise).ToList();
        if (safe.Count == match.Ranked.Count)
        {
            return match;
        }

        return safe.Count switch
        {
            0 => AdviceMatch.NothingFits,
            1 => new AdviceMatch(MatchOutcome.Matched, safe),
            _ => match with { Ranked = safe },
        };
    }
}
