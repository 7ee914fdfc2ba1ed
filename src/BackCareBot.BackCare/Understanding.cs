using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare;

/// <summary>Everything the back-care layer decides about one message: what advice fits and how urgent it is.</summary>
/// <param name="Advice">The advice that fits this message.</param>
/// <param name="MessageFacts">The pain facts in this message alone.</param>
/// <param name="Facts">The conversation's facts so far, this message's combined in.</param>
/// <param name="Triage">The triage decision on <paramref name="Facts"/>.</param>
/// <param name="MessageIsEmpty">Nothing analysable was left of the message (blank, only emoji or markup).</param>
public sealed record Understanding(
    AdviceMatch Advice,
    PainFacts MessageFacts,
    PainFacts Facts,
    TriageAssessment Triage,
    bool MessageIsEmpty);
