using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Text;
using BackCareBot.BackCare.Triage;
using BackCareBot.BackCare.Triage.Rules;

namespace BackCareBot.BackCare.Decisions;

/// <summary>
/// The one place a turn is decided: the message, the conversation's context and the person's clock in; one
/// <see cref="TurnDecision"/> out. In order of priority: crisis language, warning signs, a screening question for a
/// red-flag concept no rule placed, another body part, the pain questions, then the advice that fits with
/// exercises withheld wherever the triage sends the person to a doctor. Answers are read in the context of the
/// question waiting ("about ten days", a bare "yes" to "is it sharp?", "neither" to a screening question).
/// </summary>
public sealed class BackCareDecider(BackCareUnderstanding understanding, KnowledgeBase knowledge, TriageRules rules)
{
    /// <summary>How many times a question is asked again before the bot decides without its answer.</summary>
    public const int MaxReasks = 1;

    /// <summary>What a waiting screening question allows beside it: what a doctor-level decision would, no exercise.</summary>
    private static readonly TriageAssessment WhileScreening = new(TriageStatus.Decided, TriageLevel.Doctor, [], MissingPainFacts.None);

    /// <summary>The person could not say how long the pain has lasted: it may be more than a week.</summary>
    public const string DurationUnknownReason = "duration-unknown";

    /// <summary>The person could not say whether the pain is sharp: it may be.</summary>
    public const string SharpnessUnknownReason = "sharpness-unknown";

    /// <summary>The person did not answer a screening question: a warning sign cannot be ruled out.</summary>
    public const string ScreeningUnansweredReason = "screening-unanswered";

    public static IReadOnlyList<string> UnansweredReasons { get; } = [DurationUnknownReason, SharpnessUnknownReason, ScreeningUnansweredReason];

    /// <param name="text">The message as the channel delivered it, with any mention of the bot taken out.</param>
    /// <param name="messageTime">When the person wrote it, in their own offset where known ("since last Friday").</param>
    public TurnDecision Decide(string? text, DateTimeOffset messageTime, ConversationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var understood = understanding.Understand(text, messageTime, context.Facts, context.Asked == MissingPainFacts.Duration);
        var key = PhraseKey.Of(text);
        // "לא", "نہیں", "हाँ", "ναι": a bare yes or no in another language is read as the glossary reads it.
        if (!ReadsAsAnswer(key) && PhraseKey.Of(understood.GlossedText) is var glossedKey && ReadsAsAnswer(glossedKey))
        {
            key = glossedKey;
        }

        var said = understood.MessageFacts;
        var facts = understood.Facts;
        var answered = said.Duration is not null || said.Sharpness != Sharpness.Unknown || said.WarningSigns.Count > 0;
        if (context.Asked == MissingPainFacts.Sharpness && said.Sharpness == Sharpness.Unknown && YesNoReader.Read(key) is var yesNo and not YesNo.Neither)
        {
            facts = facts with { Sharpness = yesNo == YesNo.Yes ? Sharpness.Sharp : Sharpness.NotSharp };
            answered = true;
        }
        else if (context.Asked != MissingPainFacts.None && said.Sharpness == Sharpness.NotSharp && OpensWithYes(key))
        {
            // "yes but only when I bend forward, otherwise it's more of a dull thing": sharp at times is sharp.
            facts = facts with { Sharpness = Sharpness.Sharp };
        }

        var screened = context.ScreenedConcepts;
        var waitingConcept = context.ScreeningAsked is { } waitingId ? rules.Screening.FirstOrDefault(concept => concept.Id == waitingId) : null;
        var asked = understood.MatchedAdvice;
        var screeningAnswered = false;
        if (waitingConcept is not null)
        {
            (facts, screened, screeningAnswered) = ReadScreeningAnswer(waitingConcept, key, messageTime, said, facts, screened);
            answered |= screeningAnswered;
            if (screened.Contains(waitingConcept.Id) && asked.Outcome == MatchOutcome.NothingFits && context.DeferredAdvice is { } deferred)
            {
                // "Neither": the question that came before the screening is answered now.
                asked = new AdviceMatch(MatchOutcome.Matched, [new ScoredAdvice(deferred, 1)]);
            }
        }

        // "no, just achy" to the pain question asked before a stretch: the stretch asked for is answered now (the
        // triage decides whether it may be given).
        if (waitingConcept is null && context.Asked != MissingPainFacts.None && answered && asked.Outcome == MatchOutcome.NothingFits
            && context.DeferredAdvice is { } waitingAdvice)
        {
            asked = new AdviceMatch(MatchOutcome.Matched, [new ScoredAdvice(waitingAdvice, 1)]);
        }

        var unanswered = context.Unanswered;
        var decision = new TurnDecision
        {
            Kind = DecisionKind.Answer,
            Facts = facts,
            MessageFacts = said,
            Triage = Assess(facts, unanswered),
            Advice = AdviceMatch.NothingFits,
            Asked = asked,
            Unanswered = unanswered,
            Screened = screened,
            Answered = answered,
        };
        if (understood.MessageIsEmpty)
        {
            return decision with { Kind = DecisionKind.Empty, Facts = context.Facts, Triage = Assess(context.Facts, unanswered) };
        }

        if (facts.Crisis)
        {
            return decision with { Kind = DecisionKind.Crisis, Withheld = WithheldBecause.Crisis };
        }

        if (decision.Triage is { Status: TriageStatus.Decided, Level: >= TriageLevel.Urgent } urgent)
        {
            var warning = decision with { Kind = DecisionKind.Warning, Withheld = WithheldBecause.Triage };
            // "and my chair setup?" under a same-day check: a setup or background question asked in so many words is
            // answered beside the check; no exercise ever is, and under an emergency nothing but the emergency.
            return urgent.Level == TriageLevel.Urgent
                ? warning with { Advice = KeepOnlyWhatWasAsked(AdviceSafety.WithholdExercises(OneAnswerForOneNeed(understood.MatchedAdvice), urgent, knowledge), OneAnswerForOneNeed(understood.MatchedAdvice), QuestionReader.IsQuestion(text)) }
                : warning;
        }

        if (said.Screening.FirstOrDefault(id => !screened.Contains(id)) is { } conceptId && conceptId != context.ScreeningAsked)
        {
            return Screen(decision, rules.Screening.First(concept => concept.Id == conceptId), again: false, reasks: 0);
        }

        // Only an answer to the screening question answers it: "two days, can't it wait?" says how long, not where.
        if (waitingConcept is not null && !screeningAnswered)
        {
            // "desk setup tips?" while the question waits is a question of its own, not a failed answer: a setup or
            // background answer goes beside the question asked again, an exercise never does, and the count of
            // failed answers (two send the person to a doctor) is untouched.
            var ownQuestion = OneAnswerForOneNeed(understood.MatchedAdvice);
            if (ownQuestion.Outcome != MatchOutcome.NothingFits && QuestionReader.IsQuestion(text))
            {
                var beside = KeepOnlyWhatWasAsked(AdviceSafety.WithholdExercises(ownQuestion, WhileScreening, knowledge), ownQuestion, isQuestion: true);
                return Screen(decision with { Advice = beside }, waitingConcept, again: true, context.Reasks);
            }

            if (context.Reasks < MaxReasks)
            {
                return Screen(decision, waitingConcept, again: true, context.Reasks + 1);
            }

            unanswered |= MissingPainFacts.Screening;
            if (waitingConcept.Covers.Any(id => rules.Signs.Any(sign => sign.Sign.Id == id && sign.Sign.Level == TriageLevel.Emergency)))
            {
                // "I don't want to sit in A&E over a sore back" to "is the numbness between your legs?": a sign that
                // may be an emergency, never ruled out, is checked the same day.
                unanswered |= MissingPainFacts.ScreeningForAnEmergency;
            }
            decision = decision with { Unanswered = unanswered, Triage = Assess(facts, unanswered) };
        }

        // "just the left one, down to about the knee" answers where the numbness is: the knee says where, not what about.
        if (said.OtherBodyPartOnly && !screeningAnswered)
        {
            return decision with { Kind = DecisionKind.OutOfScope };
        }

        if (decision.Triage.Status == TriageStatus.NeedsFollowUp)
        {
            var question = decision.Triage.Missing.HasFlag(MissingPainFacts.Duration) ? MissingPainFacts.Duration : MissingPainFacts.Sharpness;
            var sameQuestion = context.Asked == question;
            if (!sameQuestion || answered || asked.Outcome != MatchOutcome.NothingFits)
            {
                return decision with
                {
                    // "my 15 year old son's lower back hurts": an age at which new pain is a warning sign waits for how
                    // new it is, and no stretch is offered before that is known.
                    Kind = DecisionKind.AskPain, Question = question, Advice = facts.AgeOfNewPainSign ? AdviceMatch.NothingFits : asked,
                    Reasks = sameQuestion ? context.Reasks : 0,
                };
            }

            if (context.Reasks < MaxReasks)
            {
                return decision with { Kind = DecisionKind.AskPain, Question = question, AskAgain = true, Reasks = context.Reasks + 1 };
            }

            unanswered |= question;
            decision = decision with { Unanswered = unanswered, Triage = Assess(facts, unanswered) };
        }

        return Answer(decision, asked, text);
    }

    /// <summary>The triage on the facts, with what the person could not tell decided on the safe side.</summary>
    public static TriageAssessment Assess(PainFacts facts, MissingPainFacts unanswered)
    {
        var triage = TriageAssessor.Assess(facts);
        var unknown = triage.Missing & unanswered;
        var screeningOpen = unanswered.HasFlag(MissingPainFacts.Screening);
        if (triage.Level >= TriageLevel.Urgent || (unknown == MissingPainFacts.None && !screeningOpen))
        {
            return triage;
        }

        var reasons = new List<string>(triage.Reasons);
        if (unknown.HasFlag(MissingPainFacts.Duration))
        {
            reasons.Add(DurationUnknownReason);
        }

        if (unknown.HasFlag(MissingPainFacts.Sharpness))
        {
            reasons.Add(SharpnessUnknownReason);
        }

        if (screeningOpen)
        {
            reasons.Add(ScreeningUnansweredReason);
        }

        var level = screeningOpen && unanswered.HasFlag(MissingPainFacts.ScreeningForAnEmergency) ? TriageLevel.Urgent : TriageLevel.Doctor;
        return new TriageAssessment(TriageStatus.Decided, level, reasons, MissingPainFacts.None);
    }

    private static TurnDecision Screen(TurnDecision decision, ScreeningRule concept, bool again, int reasks) =>
        decision with { Kind = DecisionKind.Screening, Screening = concept, AskAgain = again, Reasks = reasks, Withheld = WithheldBecause.Screening };

    /// <summary>
    /// A screening answer: a warning sign it covers, the "no" answer ("neither", "no"), or a bare "yes", which
    /// stands for its first, most serious yes answer: when unsure, the safe side.
    /// </summary>
    private (PainFacts Facts, IReadOnlyList<string> Screened, bool Answered) ReadScreeningAnswer(
        ScreeningRule concept, string key, DateTimeOffset messageTime, PainFacts said, PainFacts facts, IReadOnlyList<string> screened)
    {
        if (said.WarningSigns.Any(sign => concept.Covers.Contains(sign.Id)))
        {
            return (facts, screened, true);
        }

        // "kind of around my bum and between my legs", typed to "where is the numbness?": the answer read with what was
        // asked about ("numbness around my bum ...") places it as the quick reply would.
        if (concept.AnswerContext is { } asked
            && understanding.Understand($"{asked} {key}", messageTime).MessageFacts.WarningSigns is var placed
            && placed.Any(sign => concept.Covers.Contains(sign.Id)))
        {
            return (facts with { WarningSigns = [.. facts.WarningSigns.Concat(placed).DistinctBy(sign => sign.Id)] }, screened, true);
        }

        // "just the left one, down to about the knee" to "between your legs, both legs, or neither, just one leg?": one
        // side named, after the covered signs were looked for, is the one-leg answer.
        var oneSide = concept.NoAnswer.Contains("one leg", StringComparison.OrdinalIgnoreCase) && NamesOneSide(key);
        if (key == PhraseKey.Of(concept.NoAnswer) || YesNoReader.Read(key) == YesNo.No || key is "neither" or "none" or "neither of those" or "none of those"
            || OpensWithNo(key) || oneSide)
        {
            return (facts, [.. screened, concept.Id], true);
        }

        // "both" to "between your legs, in both legs, or neither?": yes to both of them, each read as its quick reply is.
        if (key is "both" or "both of them" or "both of those" or "yes both")
        {
            var named = concept.YesAnswers.SelectMany(answer => understanding.Understand(answer, messageTime).MessageFacts.WarningSigns);
            return (facts with { WarningSigns = [.. facts.WarningSigns.Concat(named).DistinctBy(sign => sign.Id)] }, screened, true);
        }

        if ((YesNoReader.Read(key) == YesNo.Yes || OpensWithYes(key)) && rules.Signs.FirstOrDefault(sign => sign.Sign.Id == concept.Covers[0]) is { } first)
        {
            return (facts with { WarningSigns = [.. facts.WarningSigns, first.Sign] }, screened, true);
        }

        return (facts, screened, false);
    }

    /// <summary>
    /// "no not numb or tingly, just tight at the back of my thighs": a longer answer that opens with a no. A covered
    /// warning sign said in it has been read before this, so "no, both legs" still counts as the sign.
    /// </summary>
    /// <summary>
    /// "yeah, the nurses are on it", typed to "did the pain start after a serious fall or an accident?": a longer answer
    /// that opens with a yes and says no "no" anywhere is a yes, the safe reading of a warning sign's question.
    /// </summary>
    private static bool OpensWithYes(string key)
    {
        var first = key.AsSpan(0, key.IndexOf(' ') is var space and > 0 ? space : key.Length);
        return first is "yes" or "yeah" or "yep" or "yup" or "yea" or "ya" or "yah"
            && !key.Split(' ').Any(word => word is "no" or "not" or "nope" or "nah" or "never" or "neither" or "none" or "dont" or "didnt" or "isnt" or "wasnt" or "nothing");
    }

    private static bool ReadsAsAnswer(string key) =>
        YesNoReader.Read(key) != YesNo.Neither || OpensWithYes(key) || OpensWithNo(key) || key is "both" or "both of them" or "both of those" or "yes both";

    private static readonly string[] OneSideWords = ["left", "right", "one"];

    private static readonly string[] BothSidesWords = ["both", "between", "bum", "bottom", "groin", "saddle", "two"];

    private static bool NamesOneSide(string key)
    {
        var words = key.Split(' ');
        return words.Any(word => OneSideWords.Contains(word)) && !words.Any(word => BothSidesWords.Contains(word));
    }

    private static bool OpensWithNo(string key)
    {
        var first = key.AsSpan(0, key.IndexOf(' ') is var space and > 0 ? space : key.Length);
        return first is "no" or "nope" or "nah" or "neither" or "none" or "not";
    }

    private TurnDecision Answer(TurnDecision decision, AdviceMatch asked, string? text)
    {
        var match = OneAnswerForOneNeed(asked);
        if (!AdviceSafety.WithholdsExercises(decision.Triage))
        {
            return decision with { Advice = match };
        }

        var gated = AdviceSafety.WithholdExercises(match, decision.Triage, knowledge);
        return decision with
        {
            Advice = KeepOnlyWhatWasAsked(gated, match, QuestionReader.IsQuestion(text)),
            Withheld = WithheldBecause.Triage,
        };
    }

    /// <summary>
    /// Two candidates that answer the same need (two stretches, two setups) are not a question worth asking: the
    /// better one is the answer, the other stays ranked for "what's next". The explanation of why sitting stiffens the
    /// back goes with any of them (each advice offers "why?" as its next step), so it is never a choice either. Only
    /// candidates of different kinds that both do something (a stretch or a desk change?) are asked about.
    /// </summary>
    private AdviceMatch OneAnswerForOneNeed(AdviceMatch match)
    {
        if (match is not { Outcome: MatchOutcome.Ambiguous, Ranked.Count: >= 2 })
        {
            return match;
        }

        var first = knowledge[match.Ranked[0].AdviceId].Kind;
        var second = knowledge[match.Ranked[1].AdviceId].Kind;
        return first == second || first == AdviceKind.Explanation || second == AdviceKind.Explanation
            ? match with { Outcome = MatchOutcome.Matched }
            : match;
    }

    /// <summary>
    /// Beside a decision that sends the person to a doctor, advice is given only when they asked for it: their message
    /// is a question, and the advice left once exercises are withheld is what they asked about anyway. Otherwise the
    /// decision speaks alone: "I get a sharp pain when I stand up" is not a question about standing desks, and
    /// "stabbing pain, what stretch helps?" is not answered by the next-best thing that is not a stretch.
    /// </summary>
    private static AdviceMatch KeepOnlyWhatWasAsked(AdviceMatch gated, AdviceMatch asked, bool isQuestion)
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
