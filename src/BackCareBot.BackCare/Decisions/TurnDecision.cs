using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Triage;
using BackCareBot.BackCare.Triage.Rules;

namespace BackCareBot.BackCare.Decisions;

/// <summary>
/// Everything decided about one message in its conversation, once, by <see cref="BackCareDecider"/>. The dialogs
/// route on <see cref="Kind"/> and word it; they decide nothing about safety themselves.
/// </summary>
public sealed record TurnDecision
{
    public required DecisionKind Kind { get; init; }

    /// <summary>The conversation's pain facts with this message's combined in (and any answer read in context).</summary>
    public required PainFacts Facts { get; init; }

    /// <summary>What this message alone said.</summary>
    public required PainFacts MessageFacts { get; init; }

    /// <summary>The triage on <see cref="Facts"/>, with facts the person could not give decided on the safe side.</summary>
    public required TriageAssessment Triage { get; init; }

    /// <summary>The advice to give: exercises already withheld where the triage, a screening question or a crisis says so.</summary>
    public required AdviceMatch Advice { get; init; }

    /// <summary>What the message asked about, before anything was withheld.</summary>
    public required AdviceMatch Asked { get; init; }

    /// <summary>Why exercises were withheld, or null when they were not.</summary>
    public WithheldBecause? Withheld { get; init; }

    /// <summary>For <see cref="DecisionKind.AskPain"/>: the fact to ask for.</summary>
    public MissingPainFacts Question { get; init; }

    /// <summary>For <see cref="DecisionKind.AskPain"/> and <see cref="DecisionKind.Screening"/>: the last answer did not answer the same question.</summary>
    public bool AskAgain { get; init; }

    /// <summary>How many times the waiting question has now been asked again.</summary>
    public int Reasks { get; init; }

    /// <summary>For <see cref="DecisionKind.Screening"/>: the question to ask.</summary>
    public ScreeningRule? Screening { get; init; }

    /// <summary>Pain facts the person could not give, to remember.</summary>
    public MissingPainFacts Unanswered { get; init; }

    /// <summary>Screening concepts ruled out, to remember.</summary>
    public IReadOnlyList<string> Screened { get; init; } = [];

    /// <summary>The message answered the question that was waiting (a length of time, yes or no, a screening answer).</summary>
    public bool Answered { get; init; }

    /// <summary>Say the pregnancy caution before any exercise.</summary>
    public bool Pregnant => Facts.Pregnant;
}
