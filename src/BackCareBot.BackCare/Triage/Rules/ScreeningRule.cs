using BackCareBot.BackCare.Triage.Vocabulary;

namespace BackCareBot.BackCare.Triage.Rules;

/// <summary>
/// A red-flag concept (numbness, the bladder, a fall...) that a message can carry without any warning sign placing
/// it: then the bot gives no exercise and asks <see cref="Question"/>, with quick replies. Uncertainty costs a
/// question, never an emergency. One file of <c>dialogs/rules/screening/</c>.
/// </summary>
/// <param name="YesAnswers">Quick replies that report a warning sign; each must be read as one of <see cref="Covers"/>.</param>
/// <param name="NoAnswer">The quick reply that rules the signs out.</param>
/// <param name="Covers">The warning signs that place the concept: when one of them is found, no question is needed.</param>
/// <param name="Condition">Asked only with it (pregnancy: "back pain that comes and goes" at 33 weeks).</param>
/// <param name="AnswerContext">Words a typed answer is read after ("numbness"), so "between my legs" places the concept.</param>
public sealed record ScreeningRule(
    string Id,
    PhraseRule Rule,
    string Question,
    IReadOnlyList<string> YesAnswers,
    string NoAnswer,
    IReadOnlyList<string> Covers,
    SignCondition Condition = SignCondition.None,
    string? AnswerContext = null);
