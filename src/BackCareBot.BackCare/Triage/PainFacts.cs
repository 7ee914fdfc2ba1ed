namespace BackCareBot.BackCare.Triage;

/// <summary>
/// What a person has told the bot about their pain, from one message or accumulated over a conversation.
/// The dialog keeps the accumulated facts and combines each new message's facts into them, so that
/// "my back hurts" followed by "about ten days" is understood as ten days of pain.
/// </summary>
public sealed record PainFacts
{
    public static PainFacts None { get; } = new();

    /// <summary>The person said they have pain (not only stiffness).</summary>
    public bool PainMentioned { get; init; }

    public Sharpness Sharpness { get; init; }

    /// <summary>How long the pain has lasted, when said; null when not said.</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Warning signs recognised, each once.</summary>
    public IReadOnlyList<WarningSign> WarningSigns { get; init; } = [];

    /// <summary>Thoughts of self-harm or suicide: outranks everything, and is kept for the conversation.</summary>
    public bool Crisis { get; init; }

    /// <summary>The person (or whoever they ask for) is pregnant; kept for the conversation.</summary>
    public bool Pregnant { get; init; }

    /// <summary>
    /// An age at which new back pain is a warning sign was said ("I'm 71"), kept for the conversation: "a new pain
    /// these last three days" three messages later is that sign.
    /// </summary>
    public bool AgeOfNewPainSign { get; init; }

    /// <summary>
    /// Warning signs said whose other half has not been said yet ("I've got osteoporosis" without a fall), by id, kept
    /// for the conversation: "I slipped on the ice yesterday" three messages later completes the sign.
    /// </summary>
    public IReadOnlyList<string> PendingSigns { get; init; } = [];

    /// <summary>
    /// The message corrects a length said before ("wait no, sorry, 48 hours"): only a correction brings a length of a
    /// week or more back under a week; "it's on and off, some days fine" does not.
    /// </summary>
    public bool CorrectsDuration { get; init; }

    /// <summary>
    /// The message says the pain was never sharp ("wait, not sharp, sorry, more of a dull ache"): a slip of the keyboard
    /// taken back, unlike "it's not sharp anymore", where pain that was sharp today still deserves the check.
    /// </summary>
    public bool CorrectsSharpness { get; init; }

    /// <summary>A fall, slip, knock or lift was said, kept for the conversation: the other half of a pending sign.</summary>
    public bool MinorTrauma { get; init; }

    /// <summary>
    /// The pain is getting worse, stops day-to-day life, or the person is struggling to cope (the NHS routine list):
    /// kept for the conversation, like sharpness.
    /// </summary>
    public bool RoutineConcern { get; init; }

    /// <summary>
    /// The message takes pain back in favour of stiffness ("not pain really, just stiff"): pain said earlier, before
    /// anything about it was known, was a figure of speech.
    /// </summary>
    public bool PainDenied { get; init; }

    /// <summary>
    /// The message corrects a misunderstanding about pain: the person says they are only stiff, with a word of
    /// correction ("no, I mean it feels tight, no pain at all", "sorry, I mixed it up, it's my sister who has the pain,
    /// I'm just stiff"). The pain, its sharpness and its length said before are taken back; warning signs never are.
    /// </summary>
    public bool RetractsPain { get; init; }

    /// <summary>This message is about another body part (the neck, a knee) and not the back: out of the bot's scope.</summary>
    public bool OtherBodyPartOnly { get; init; }

    /// <summary>What is known of a body is someone else's: the person asked for a colleague, a parent, a child.</summary>
    public bool AboutSomeoneElse { get; init; }

    /// <summary>This message turns to the person themselves, naming nobody else ("and me? I'm just stiff").</summary>
    public bool TurnsToSelf { get; init; }

    /// <summary>This message names whose body it speaks of: "about 3 weeks" alone does not, "my back's stiff" does.</summary>
    public bool SaysWhose { get; init; }

    /// <summary>
    /// Red-flag concepts in this message that no warning sign placed (<c>dialogs/rules/screening/</c> ids): the bot
    /// gives no exercise and asks.
    /// </summary>
    public IReadOnlyList<string> Screening { get; init; } = [];

    /// <summary>
    /// The warning signs (and "crisis") a short message said, by id, kept for the next message only: "I wet myself",
    /// then "with coffee 🙃", takes them back.
    /// </summary>
    public IReadOnlyList<string> SignsJustSaid { get; init; } = [];

    /// <summary>
    /// Signs said before that this message takes back, by id: those of the last message when it is past or resolved or
    /// laughs it off, or one denied in a correction ("I meant lower back, not between the shoulders").
    /// </summary>
    public IReadOnlyList<string> TakesBack { get; init; } = [];

    /// <summary>This message takes back signs said before (<see cref="TakesBack"/>).</summary>
    public bool TakesBackLast => TakesBack.Count > 0;

    /// <summary>What <see cref="SignsJustSaid"/> holds for crisis words.</summary>
    public const string CrisisSaid = "crisis";

    /// <summary>The message said something of a body: pain, its sharpness or length, a warning sign, a pregnancy.</summary>
    public bool HasBodyFacts =>
        PainMentioned || Sharpness != Sharpness.Unknown || Duration is not null || WarningSigns.Count > 0 || Pregnant || RoutineConcern;

    /// <summary>
    /// Combines facts from a later message into these. What the later message says replaces what it
    /// contradicts; what it does not mention is kept. Warning signs are never forgotten within a conversation.
    /// </summary>
    public PainFacts CombineWith(PainFacts later)
    {
        ArgumentNullException.ThrowIfNull(later);
        if (AboutSomeoneElse && later.TurnsToSelf && !Crisis && !WarningSigns.Any(sign => sign.Level == TriageLevel.Emergency))
        {
            // "my colleague has chills ... ok and me, I'm just stiff": the colleague's facts are theirs; the person's
            // own start here. Someone else's emergency or crisis keeps the conversation on it.
            return later with { TurnsToSelf = false };
        }

        if (later.TakesBackLast)
        {
            // "I had an accident", then "spilled coffee all over my keyboard lol": the signs just said are taken back,
            // and the rest of the later message is combined as usual.
            var kept = this with
            {
                WarningSigns = [.. WarningSigns.Where(sign => !later.TakesBack.Contains(sign.Id, StringComparer.Ordinal))],
                Crisis = Crisis && !later.TakesBack.Contains(CrisisSaid, StringComparer.Ordinal),
                SignsJustSaid = [],
            };
            return kept.CombineWith(later with { TakesBack = [] });
        }

        if (later.RetractsPain)
        {
            // Only what was said of the pain is taken back; warning signs, crisis and pregnancy stay.
            return this with
            {
                PainMentioned = false, Sharpness = Sharpness.Unknown, Duration = null, RoutineConcern = false, PainDenied = true,
                AboutSomeoneElse = false, WarningSigns = SignsWith(later), Crisis = Crisis || later.Crisis, Pregnant = Pregnant || later.Pregnant,
                OtherBodyPartOnly = later.OtherBodyPartOnly, Screening = later.Screening, SignsJustSaid = later.SignsJustSaid,
            };
        }

        return new PainFacts
        {
            // "not pain really, just stiff" takes back a pain word that nothing decisive came with; pain that was
            // sharp, or has lasted the coach's week, stays.
            PainMentioned = later.PainDenied && Sharpness != Sharpness.Sharp && !(Duration >= TriageAssessor.DoctorAfter) && later.Duration is null
                ? later.PainMentioned
                : PainMentioned || later.PainMentioned,
            // Pain that was sharp today still deserves the check: "it's not sharp anymore" does not take it back.
            Sharpness = later.CorrectsSharpness || !(later.Sharpness == Sharpness.Unknown || Sharpness == Sharpness.Sharp) ? later.Sharpness : Sharpness,
            Duration = later.Duration is { } length && (length >= TriageAssessor.DoctorAfter || !(Duration >= TriageAssessor.DoctorAfter) || later.CorrectsDuration)
                ? length
                : Duration,
            WarningSigns = SignsWith(later),
            Crisis = Crisis || later.Crisis,
            Pregnant = Pregnant || later.Pregnant,
            AgeOfNewPainSign = AgeOfNewPainSign || later.AgeOfNewPainSign,
            PendingSigns = later.PendingSigns.Count == 0 ? PendingSigns : [.. PendingSigns.Union(later.PendingSigns, StringComparer.Ordinal)],
            MinorTrauma = MinorTrauma || later.MinorTrauma,
            RoutineConcern = RoutineConcern || later.RoutineConcern,
            OtherBodyPartOnly = later.OtherBodyPartOnly,
            // Someone else's until the person says something of their own body: "about 3 weeks" after "my son's back
            // hurts" is still the son's.
            AboutSomeoneElse = later.HasBodyFacts && (later.SaysWhose || !AboutSomeoneElse) ? later.AboutSomeoneElse : AboutSomeoneElse,
            Screening = later.Screening,
            SignsJustSaid = later.SignsJustSaid,
        };
    }

    private IReadOnlyList<WarningSign> SignsWith(PainFacts later) =>
        later.WarningSigns.Count == 0 ? WarningSigns : [.. WarningSigns.Concat(later.WarningSigns).DistinctBy(sign => sign.Id)];
}
