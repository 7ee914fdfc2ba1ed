using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare;

/// <summary>Everything the back-care layer decides about one message: what advice fits and how urgent it is.</summary>
/// <param name="Advice">The advice that fits this message, with exercises withheld when triage sends the person to a doctor.</param>
/// <param name="MessageFacts">The pain facts in this message alone.</param>
/// <param name="Facts">The conversation's facts so far, this message's combined in.</param>
/// <param name="Triage">The triage decision on <paramref name="Facts"/>.</param>
/// <param name="MessageIsEmpty">Nothing analysable was left of the message (blank, only emoji or markup).</param>
/// <param name="MatchedAdvice">What the message asked about, before anything was withheld.</param>
public sealed record Understanding(
    AdviceMatch Advice,
    PainFacts MessageFacts,
    PainFacts Facts,
    TriageAssessment Triage,
    bool MessageIsEmpty,
    AdviceMatch MatchedAdvice);
