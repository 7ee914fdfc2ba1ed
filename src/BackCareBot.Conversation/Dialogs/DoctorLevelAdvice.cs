using BackCareBot.BackCare.Matching;

namespace BackCareBot.Conversation.Dialogs;

/// <summary>
/// Beside a decision that sends the person to a doctor, advice is given only when they asked for it: their message
/// is a question, and the advice left once exercises are withheld is what they asked about anyway. Otherwise the
/// decision speaks alone: "I get a sharp pain when I stand up" is not a question about standing desks, and "stabbing
/// pain, what stretch helps?" is not answered by the next-best thing that is not a stretch.
/// </summary>
internal static class DoctorLevelAdvice
{
    /// <param name="gated">The match with exercises withheld.</param>
    /// <param name="asked">The match before anything was withheld.</param>
    /// <param name="isQuestion">The message asks something.</param>
    public static AdviceMatch Keep(AdviceMatch gated, AdviceMatch asked, bool isQuestion)
    {
        if (!isQuestion || gated.Outcome == MatchOutcome.NothingFits || asked.Outcome != gated.Outcome)
        {
            return AdviceMatch.NothingFits;
        }

        var offered = gated.Outcome == MatchOutcome.Ambiguous ? 2 : 1;
        var same = gated.Ranked.Take(offered).Select(advice => advice.AdviceId)
            .SequenceEqual(asked.Ranked.Take(offered).Select(advice => advice.AdviceId), StringComparer.Ordinal);
        return same ? gated : AdviceMatch.NothingFits;
    }
}
