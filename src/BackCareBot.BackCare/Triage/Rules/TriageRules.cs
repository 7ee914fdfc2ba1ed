using BackCareBot.BackCare.Triage.Vocabulary;

namespace BackCareBot.BackCare.Triage.Rules;

/// <summary>
/// Everything <c>dialogs/rules/</c> says, read and checked by <see cref="TriageRulesLoader"/> once at startup and
/// compiled by the extractor into its matcher; immutable and safe to share.
/// </summary>
public sealed record TriageRules
{
    /// <summary>Word classes the phrases refer to as <c>@name</c>, so a synonym is added in one place.</summary>
    public required IReadOnlyDictionary<string, string> WordClasses { get; init; }

    /// <summary>How people say they are in pain. Stiffness is deliberately absent: it is a stretching question.</summary>
    public required PhraseRule Pain { get; init; }

    /// <summary>Words that make a duration about symptoms even without a pain word: injury, numb, flare-up...</summary>
    public required PhraseRule SymptomContext { get; init; }

    /// <summary>The pain is new (with age over 50, a warning sign).</summary>
    public required PhraseRule NewOnset { get; init; }

    /// <summary>A minor knock or strain (with osteoporosis, a warning sign).</summary>
    public required PhraseRule MinorTrauma { get; init; }

    /// <summary>
    /// The pain is getting worse, stops day-to-day life, or the person struggles to cope: the NHS routine list,
    /// a primary care doctor or physical therapist whatever its length.
    /// </summary>
    public required PhraseRule RoutineConcern { get; init; }

    public required PhraseRule Sharp { get; init; }

    public required PhraseRule NotSharp { get; init; }

    public required IReadOnlyList<DurationRule> Durations { get; init; }

    /// <summary>Yearly occasions the date recogniser does not know: "since pancake day".</summary>
    public IReadOnlyList<OccasionRule> Occasions { get; init; } = [];

    /// <summary>The warning signs, one file each, in file-name order within emergency then urgent.</summary>
    public required IReadOnlyList<WarningSignRule> Signs { get; init; }

    /// <summary>Thoughts of self-harm or suicide.</summary>
    public required PhraseRule Crisis { get; init; }

    public required PhraseRule Pregnant { get; init; }

    /// <summary>Body parts the bot does not cover, and the ones it does.</summary>
    public required PhraseRule OtherBodyPart { get; init; }

    public required PhraseRule LowerBack { get; init; }

    /// <summary>Stiff, tight, achy: with <see cref="Context"/>, tells that the person talks about their own body.</summary>
    public required PhraseRule Stiffness { get; init; }

    /// <summary>Who and when (context.yaml): past, resolved, other-person, non-human, self-subject, self-object, turn-to-self, hypothetical, laughs-off, joins-their-event.</summary>
    public required IReadOnlyDictionary<string, PhraseRule> Context { get; init; }

    /// <summary>Red-flag concepts that no warning sign placed, and the question each asks.</summary>
    public required IReadOnlyList<ScreeningRule> Screening { get; init; }

    /// <summary>Words read even with one typo ("numbnes", "bladdder"): the words a warning sign or crisis hangs on.</summary>
    public IReadOnlyList<string> TypoTolerant { get; init; } = [];

    /// <summary>
    /// Words of other languages read as English before anything else reads the message (glossary.yaml), so that
    /// "ho mal di schiena e tutte e due le gambe formicolano" meets the same rules as "back pain, both legs tingle".
    /// </summary>
    public IReadOnlyList<GlossaryEntry> Glossary { get; init; } = [];

    /// <summary>How each warning sign is named back to the person ("numbness between your legs"), by id.</summary>
    public IReadOnlyDictionary<string, string> SignNames =>
        Signs.ToDictionary(rule => rule.Sign.Id, rule => rule.Named, StringComparer.Ordinal);

    /// <summary>Every phrase rule, for the test that runs their examples.</summary>
    public IEnumerable<PhraseRule> PhraseRules =>
    [
        Pain, SymptomContext, NewOnset, MinorTrauma, RoutineConcern, Sharp, NotSharp, Crisis, Pregnant, OtherBodyPart, LowerBack, Stiffness,
        .. Context.Values, .. Signs.Select(sign => sign.Rule), .. Screening.Select(concept => concept.Rule),
    ];
}
