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

    /// <summary>
    /// The dialog's own triage may differ from the message's (an answer read in context), so the back-care layer's
    /// rule is applied again on it.
    /// </summary>
    public AdviceMatch Apply(AdviceMatch match, TriageAssessment triage) => AdviceSafety.WithholdExercises(match, triage, knowledge);
}
