using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare.Matching;

/// <summary>
/// Sharp pain always outranks stretching advice: once triage sends someone to a doctor or further, exercises are
/// withheld from the match, whatever they asked. Setup and background advice (the desk, why sitting hurts) stay.
/// Applied here, in the back-care layer, so every layer above inherits the rule.
/// </summary>
public static class AdviceSafety
{
    /// <summary>
    /// Advice the dialogs pick themselves (a follow-up, a choice, "the next stretch") under a turn's decision: an
    /// exercise only when the decision withheld none.
    /// </summary>
    public static bool Allows(AdviceEntry entry, Decisions.TurnDecision decision)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(decision);
        return entry.Kind != AdviceKind.Exercise || (decision.Withheld is null && !WithholdsExercises(decision.Triage));
    }

    /// <summary>The triage sends the person to a doctor or further, so no exercise may be given.</summary>
    public static bool WithholdsExercises(TriageAssessment triage) =>
        triage is { Status: TriageStatus.Decided, Level: >= TriageLevel.Doctor };

    public static AdviceMatch WithholdExercises(AdviceMatch match, TriageAssessment triage, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(knowledge);
        if (match.Outcome == MatchOutcome.NothingFits || !WithholdsExercises(triage))
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
