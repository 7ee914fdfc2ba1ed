using System.Buffers;
using BackCareBot.BackCare.Text;
using BackCareBot.BackCare.Triage.Durations;
using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Phrases;
using BackCareBot.BackCare.Triage.Rules;
using BackCareBot.BackCare.Triage.Vocabulary;

namespace BackCareBot.BackCare.Triage;

/// <summary>
/// Reads the <see cref="PainFacts"/> of one message, the input of <see cref="TriageAssessor"/>: whether pain is
/// mentioned (stiffness alone is not pain), how sharp it is, how long it has lasted, and the warning signs of
/// <see cref="WarningSignIds"/>, each with negation handled ("no numbness", "I don't have a fever").
/// <para>
/// The analysis matches the phrase lists under <c>Triage/Vocabulary</c> against the message's words: a few
/// microseconds a message. The date recogniser behind durations is the one costly part (0.1-0.5 ms and ~80 KB a
/// call), so the common time expressions ("two weeks", "since last Friday", "3 days ago") are read from the words to
/// the value it would give, and it runs only for a time expression those do not cover ("since October", "on the
/// 3rd"). Construction does all the cold work (compiling the vocabulary, building the
/// recogniser's models and running their first parses, about half a second), so construct one at startup and share
/// it: it is thread-safe.
/// </para>
/// </summary>
public sealed class PainFactExtractor
{
    private static readonly DateTimeOffset WarmUpTime = new(2025, 11, 12, 10, 0, 0, TimeSpan.Zero);

    private static readonly string[] WarmUpMessages =
    [
        "I have a sharp pain in my back when I stand up",
        "my lower back has hurt for two weeks, no fever but I can't feel my legs properly",
        "it isn't sharp, my back is just stiff",
        "I'm 60 and my back just started hurting since last Friday",
    ];

    private readonly TriageVocabulary vocabulary;
    private readonly PainDurationReader durations;

    public PainFactExtractor(TriageRules rules)
    {
        vocabulary = TriageVocabulary.Build(rules);
        durations = new PainDurationReader(vocabulary.Lexicon, occasions: vocabulary.Occasions);
        Warm();
    }

    /// <summary>Runs the cold paths (the recogniser's first parses, the extractor's own first calls) now rather than on a person's turn.</summary>
    private void Warm()
    {
        durations.Warm(WarmUpTime.DateTime);
        foreach (var message in WarmUpMessages)
        {
            Extract(MessageNormalizer.Normalize(message), WarmUpTime);
        }
    }

    /// <param name="message">The message, normalized.</param>
    /// <param name="messageTime">When the person wrote it; its clock time (not UTC) anchors "since Monday".</param>
    /// <param name="earlier">What the conversation already knows: a pregnancy said before makes its signs count now.</param>
    /// <param name="answeringDuration">The bot asked how long: a length of time in the message is the answer.</param>
    public PainFacts Extract(NormalizedMessage message, DateTimeOffset messageTime, PainFacts? earlier = null, bool answeringDuration = false)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.IsEmpty)
        {
            return PainFacts.None;
        }

        var buffer = ArrayPool<Token>.Shared.Rent(Tokenizer.MaxTokens);
        try
        {
            var count = vocabulary.Tokenizer.Tokenize(message.Text, buffer.AsSpan(0, Tokenizer.MaxTokens));
            return Extract(message.Text, buffer.AsSpan(0, count), messageTime.DateTime, earlier ?? PainFacts.None, answeringDuration);
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    private static readonly TimeSpan PregnancyTermFrom = TimeSpan.FromDays(7 * 12);
    private static readonly TimeSpan PregnancyTermTo = TimeSpan.FromDays(7 * 42);

    /// <summary>
    /// A whole number of weeks or months in a pregnancy's range ("30 weeks", "embarazada de 5 meses"): how far along,
    /// when a pregnancy is said.
    /// </summary>
    private static bool IsPregnancyTerm(TimeSpan length) =>
        length >= PregnancyTermFrom && length <= PregnancyTermTo && (length.Days % 7 == 0 || length.Days % DaysInAMonth == 0);

    /// <summary>How many days the duration reader counts in a month.</summary>
    private const int DaysInAMonth = 30;

    /// <summary>How short a later message must be for a length in it to be the pain's without a pain word.</summary>
    private const int ShortFollowUpWords = 10;

    private PainFacts Extract(string text, ReadOnlySpan<Token> tokens, DateTime reference, PainFacts earlier, bool answeringDuration)
    {
        if (tokens.IsEmpty)
        {
            return PainFacts.None;
        }

        var scan = vocabulary.Matcher.Scan(tokens);
        // "she has lost a lot of weight lately" after "my mum's back has hurt for weeks" is about the mum's pain; after the
        // person's own pain, "what should I give her for the fever?" is not the person's fever.
        var context = new MatchContext(tokens, scan, vocabulary, earlier.PainMentioned && earlier.AboutSomeoneElse);
        var saidBefore = earlier;
        if (context.TurnsToSelf && earlier.AboutSomeoneElse)
        {
            // "and what about me, I'm just stiff" after a 13-year-old's new pain: his age and his pain's length are
            // his, and complete no sign of the person's.
            earlier = PainFacts.None;
        }

        var painMentioned = context.Counts(PhraseSet.Pain) || context.Counts(PhraseSet.Sharp);
        var sharpness = context.Sharpness(scan);
        // A short message in a conversation that already holds pain ("wait, it's been 10 days actually") is about it.
        var aboutSymptoms = answeringDuration
            // Not a question about something else: "what's for lunch today?" says nothing of how long it has hurt.
            || (earlier.PainMentioned && tokens.Length <= ShortFollowUpWords && !AsksAboutSomethingElse(text))
            // "actually I got that wrong, it's more like three weeks, I lose track": a correction of the pain's length,
            // however long the message that makes it.
            || (earlier.PainMentioned && Corrects(text))
            // "hi again, it's been 9 days now and it's not better": how long it has been, said as such.
            || (earlier.PainMentioned && HasAnyWord(text, BeenWords) && tokens.Length <= 2 * ShortFollowUpWords)
            || scan.IsMentioned(PhraseSet.Pain)
            || scan.IsMentioned(PhraseSet.Sharp)
            || scan.IsMentioned(PhraseSet.NotSharp)
            || scan.IsMentioned(PhraseSet.SymptomContext);
        var pregnant = context.Counts(PhraseSet.Pregnant);
        var duration = durations.Read(text, tokens, scan, aboutSymptoms, reference, context, pregnant ? IsPregnancyTerm : null);
        var pregnancyTerm = duration is { } length && IsPregnancyTerm(length);
        if (pregnancyTerm && !pregnant && earlier.Pregnant && tokens.Length <= ShortFollowUpWords && !earlier.PainMentioned)
        {
            // "she's about 32 weeks" after "my coworker is pregnant": how far along, not how long anything has hurt.
            pregnant = true;
        }

        if (pregnant && pregnancyTerm)
        {
            // "30 weeks, back pain low down": in a message about a pregnancy, a whole number of weeks in the
            // pregnancy's range is how far along it is; the bot asks how long the pain has lasted instead.
            duration = null;
        }
        // "oh I'm 58 btw" in the answer to "how long?" is about the pain the conversation already holds.
        var ageSaid = AgeOfNewPainSaid(context);
        var minorTrauma = context.Counts(PhraseSet.MinorTrauma);
        // "nah not pain pain, just stiff. im 17": the pain the conversation held is taken back, so no sign that needs
        // pain (a new pain at 17) counts on it.
        var deniesPainNow = !painMentioned && scan.IsNegated(PhraseSet.Pain) && scan.IsMentioned(PhraseSet.Stiffness);
        var signs = WarningSigns(context, painMentioned || (earlier.PainMentioned && !deniesPainNow), duration ?? earlier.Duration, pregnant || earlier.Pregnant, earlier, minorTrauma, scan.IsMentioned(PhraseSet.Pain), deniesPainNow);
        var standsIn = StandsInForSigns(context, signs);
        var pending = PendingSigns(context, signs);
        var crisis = context.Counts(PhraseSet.Crisis);
        var outOfScope = context.Counts(PhraseSet.OtherBodyPart) && !scan.IsMentioned(PhraseSet.LowerBack) && signs.Count == 0;
        var screening = standsIn ?? Screening(context, signs, earlier, pregnant || earlier.Pregnant);
        var routineConcern = context.Counts(PhraseSet.RoutineConcern);
        // "its stopping me doing everything" about the back is a complaint of pain without the word.
        painMentioned |= routineConcern && scan.IsMentioned(PhraseSet.LowerBack);
        // "dull not sharp. 5 days. lower back.": the pain's character and the back, said without a pain word.
        painMentioned |= sharpness == Sharpness.NotSharp && scan.IsMentioned(PhraseSet.LowerBack) && !scan.IsMentioned(PhraseSet.Stiffness);
        // "no pain just stiff": the negation reaches "stiff" too, so stiffness counts as said, negated or not.
        var painDenied = !painMentioned && scan.IsNegated(PhraseSet.Pain) && scan.IsMentioned(PhraseSet.Stiffness);
        // "no, I mean it feels tight, no pain at all", "sorry, it's my sister who has the pain, I'm just stiff".
        // "not sharp anymore, just stiff now actually" tells a change, not a mistake: pain that was sharp today stays.
        var retractsPain = !painMentioned && sharpness != Sharpness.Sharp && duration is null && scan.IsMentioned(PhraseSet.Stiffness)
            && TakesBack(text) && !TellsAChange(text);
        // "sharp pain" then "in my knee, sorry, not my back": the pain was never the back's.
        retractsPain |= !painMentioned && context.Counts(PhraseSet.OtherBodyPart)
            && (text.Contains("not my back", StringComparison.Ordinal) || text.Contains("not the back", StringComparison.Ordinal));
        var takesBack = TakesBack(text, scan, saidBefore, signs.Count > 0 || crisis || screening.Count > 0);
        return painMentioned || sharpness != Sharpness.Unknown || duration is not null || signs.Count > 0 || crisis || pregnant
            || outOfScope || screening.Count > 0 || ageSaid || routineConcern || painDenied || retractsPain || pending.Count > 0 || minorTrauma
            || context.TurnsToSelf || takesBack.Count > 0
            ? new PainFacts
            {
                // The knee's or the neck's pain is not the back's: nothing about it is kept for the back's triage.
                PainMentioned = painMentioned && !outOfScope, Sharpness = outOfScope ? Sharpness.Unknown : sharpness,
                Duration = outOfScope ? null : duration, WarningSigns = signs, Crisis = crisis,
                Pregnant = pregnant, OtherBodyPartOnly = outOfScope, Screening = screening, AgeOfNewPainSign = ageSaid,
                RoutineConcern = routineConcern, PainDenied = painDenied || retractsPain, RetractsPain = retractsPain, PendingSigns = pending, MinorTrauma = minorTrauma,
                CorrectsDuration = duration is not null && Corrects(text),
                CorrectsSharpness = sharpness == Sharpness.NotSharp && (Corrects(text) || TakesBack(text)) && !TellsAChange(text) && !HasAnyWord(text, NowWords),
                AboutSomeoneElse = context.AboutSomeoneElseOnly, TurnsToSelf = context.TurnsToSelf, SaysWhose = context.SaysWhose,
                SignsJustSaid = tokens.Length <= SignMessageWords && (signs.Count > 0 || crisis)
                    ? [.. signs.Select(sign => sign.Id), .. crisis ? [PainFacts.CrisisSaid] : Array.Empty<string>()]
                    : [],
                TakesBack = takesBack,
            }
            : PainFacts.None;
    }

    /// <summary>
    /// How short a message of warning signs must be for the next one to be able to take them back: "I had an
    /// accident" may be half a sentence; a whole account of the accident is not.
    /// </summary>
    private const int SignMessageWords = 10;

    /// <summary>
    /// Words that open a message carrying the last one's sentence on: "I wet myself", then "with coffee 🙃".
    /// Grammar, not clinical vocabulary: the words that can only continue a sentence already begun.
    /// </summary>
    private static readonly string[] ContinuingWords = ["of", "with", "from", "after", "during", "by", "at", "in", "on", "over", "spilled", "spilt"];

    /// <summary>
    /// The signs this message takes back (ids, with <see cref="PainFacts.CrisisSaid"/> for crisis words), or none. It
    /// says nothing new of its own, and either denies a sign said before in a correction ("sorry, I meant lower back,
    /// not between the shoulders"), or follows a short message of signs and is past or resolved ("last year, he's fine
    /// now") or carries the sentence on and laughs it off ("of boredom 😂"). Crisis words only the laughed-off
    /// continuation takes back.
    /// </summary>
    private IReadOnlyList<string> TakesBack(string text, PhraseScan scan, PainFacts earlier, bool saysNew)
    {
        if (saysNew || scan.IsMentioned(PhraseSet.NewOnset))
        {
            return [];
        }

        // "no it doesn't wake me. it eases once I'm in bed" after "worse at night": a "no" that denies the sign just
        // read corrects it as surely as "sorry, I meant".
        if ((Corrects(text) || OpensWithNo(text)) && earlier.WarningSigns.Where(sign => vocabulary.SignSetOf(sign.Id) is var set and >= 0 && scan.IsNegated(set) && !scan.IsAffirmed(set))
            .Select(sign => sign.Id).ToList() is { Count: > 0 } denied)
        {
            return denied;
        }

        if (earlier.SignsJustSaid.Count == 0)
        {
            return [];
        }

        var opening = text.TrimStart();
        var first = opening.TrimStart(' ', '.', '…', '-');
        var continues = opening.StartsWith("...", StringComparison.Ordinal) || opening.StartsWith('…')
            || ContinuingWords.Any(word => first.StartsWith(word + " ", StringComparison.Ordinal));
        if (continues && scan.IsAffirmed(PhraseSet.LaughsOff))
        {
            return earlier.SignsJustSaid;
        }

        return !earlier.SignsJustSaid.Contains(PainFacts.CrisisSaid, StringComparer.Ordinal)
            && (scan.IsAffirmed(PhraseSet.Past) || scan.IsAffirmed(PhraseSet.Resolved))
            ? earlier.SignsJustSaid
            : [];
    }

    /// <param name="earlier">What the conversation holds: an age sign of new pain, or a sign waiting for its fall, said before.</param>
    /// <param name="minorTrauma">This message says a fall, slip, knock or lift.</param>
    /// <param name="painSaidOfAnyone">A pain word stands in the message, whoever it is about.</param>
    /// <param name="noPainNow">The message denies pain in favour of stiffness ("not painful, just stiff").</param>
    private List<WarningSign> WarningSigns(
        MatchContext context, bool painMentioned, TimeSpan? duration, bool pregnant, PainFacts earlier, bool minorTrauma, bool painSaidOfAnyone, bool noPainNow)
    {
        var signs = new List<WarningSign>(2);
        for (var index = 0; index < vocabulary.Signs.Count; index++)
        {
            var rule = vocabulary.Signs[index];
            var saidNow = context.Counts(PhraseSet.FirstWarningSign + index);
            var said = saidNow
                // "I'm 16" earlier, "a constant ache for over a month now" later: the age and the pain's length meet.
                || (earlier.AgeOfNewPainSign && rule.Condition == SignCondition.NewPain
                    && (context.Counts(PhraseSet.NewOnset) || (duration is not null && context.Counts(PhraseSet.Pain))
                        // "my 15-year-old ..." earlier, "she says it's been hurting for a couple of weeks" now: hers.
                        || (duration is not null && earlier.AboutSomeoneElse && painSaidOfAnyone)
                        // "my 15 year old son's lower back hurts" earlier, "about 3 weeks" now: the answer is the pain's length.
                        || (duration is not null && earlier.PainMentioned)))
                // "I've got osteoporosis" earlier, "I slipped on the ice" now.
                || (minorTrauma && rule.Condition == SignCondition.MinorTrauma && earlier.PendingSigns.Contains(rule.Sign.Id, StringComparer.Ordinal))
                // "my brother was in a car crash, he's fine" earlier, "actually I was in the car too" now.
                || (context.Counts(PhraseSet.JoinsTheirEvent) && rule.Condition == SignCondition.None
                    && earlier.PendingSigns.Contains(rule.Sign.Id, StringComparer.Ordinal));
            // A fall said earlier completes a sign said now ("I slipped yesterday", then "I'm 78").
            var trauma = rule.Condition == SignCondition.MinorTrauma && saidNow && earlier.MinorTrauma;
            // "my cancer's been in remission 8 years. my back isn't painful, just stiff": a history is a warning sign
            // beside back pain, and this message says there is none.
            if (said && rule.IsHistory && noPainNow)
            {
                continue;
            }

            if (said && (trauma || Holds(rule.Condition, context, painMentioned, duration, pregnant)))
            {
                signs.Add(rule.Sign);
            }
        }

        return signs;
    }

    /// <summary>Words that take back something said before: "wait no, sorry, 48 hours", "actually it's 3 days".</summary>
    private static readonly string[] CorrectionWords = ["wait", "sorry", "actually", "meant", "mean", "correction", "oops", "typo", "mistake", "misspoke"];

    /// <summary>
    /// Words that say the person was misunderstood ("I mean", "I mixed it up", "not literally"): "actually it's not really pain" is
    /// not enough to take back pain that had already lasted a week.
    /// </summary>
    private static readonly string[] TakeBackWords = ["mean", "meant", "mixed", "misunderstood", "misread", "mistake", "misspoke", "typo", "wrong", "literally", "kidding", "joking", "exaggerating", "jk"];

    private static bool TakesBack(string text) => HasAnyWord(text, TakeBackWords);

    private static readonly string[] ChangeWords = ["anymore", "longer", "gone", "eased", "easing", "better", "stopped", "settled", "passed", "worn"];

    private static bool TellsAChange(string text) => HasAnyWord(text, ChangeWords);

    /// <summary>"more of a dull ache now" tells a change, not a slip: the sharp pain stays.</summary>
    private static readonly string[] NowWords = ["now"];

    private static readonly string[] BeenWords = ["been"];

    /// <summary>Question words that open a question about something other than how long: "what's for lunch today?".</summary>
    private static readonly string[] OtherQuestionWords = ["what", "what's", "whats", "who", "who's", "whos", "where", "where's", "wheres", "which"];

    private static readonly string[] NoWords = ["no", "nah", "nope", "na"];

    private static bool OpensWithNo(string text) => OpensWithAnyOf(text, NoWords);

    private static bool AsksAboutSomethingElse(string text) => OpensWithAnyOf(text, OtherQuestionWords);

    /// <summary>The message's first word is one of <paramref name="words"/>.</summary>
    private static bool OpensWithAnyOf(string text, string[] words)
    {
        var first = text.AsSpan().TrimStart();
        var end = first.IndexOfAny(WordSeparators);
        var word = end < 0 ? first : first[..end];
        foreach (var candidate in words)
        {
            if (word.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"more like 6 days i guess" corrects the length said before as surely as "sorry, 6 days".</summary>
    private static bool Corrects(string text) => HasAnyWord(text, CorrectionWords) || text.Contains("more like", StringComparison.Ordinal);

    private static bool HasAnyWord(string text, string[] words)
    {
        var span = text.AsSpan();
        foreach (var range in span.SplitAny(WordSeparators))
        {
            var word = span[range];
            foreach (var candidate in words)
            {
                if (word.SequenceEqual(candidate))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly SearchValues<char> WordSeparators = SearchValues.Create(" ,.!?;:");

    /// <summary>
    /// Signs said whose other half has not been said yet, by id: a fall for "I've got osteoporosis"; for an event said of
    /// someone else ("my brother was in a car crash"), the person saying they were in it too.
    /// </summary>
    private List<string> PendingSigns(MatchContext context, List<WarningSign> signs)
    {
        List<string>? pending = null;
        for (var index = 0; index < vocabulary.Signs.Count; index++)
        {
            var rule = vocabulary.Signs[index];
            var set = PhraseSet.FirstWarningSign + index;
            var waits = rule.Condition == SignCondition.MinorTrauma ? context.Counts(set)
                : rule.Condition == SignCondition.None && context.SaidOfOthers(set);
            if (waits && !signs.Exists(sign => sign.Id == rule.Sign.Id))
            {
                (pending ??= []).Add(rule.Sign.Id);
            }
        }

        return pending ?? [];
    }

    /// <summary>
    /// "my legs have been numb since my injury in 2015, so don't freak out": a screening concept asked only in place
    /// of the signs it covers (<see cref="SignCondition.CoveredSign"/>) takes them out of this message's signs and is
    /// asked instead. Its last covered sign goes only beside one of the others: the accident that left the numbness.
    /// </summary>
    /// <returns>The concept to ask about, or null (nothing allocated) when none stands in.</returns>
    private List<string>? StandsInForSigns(MatchContext context, List<WarningSign> signs)
    {
        for (var index = 0; index < vocabulary.Screening.Count; index++)
        {
            var concept = vocabulary.Screening[index];
            if (concept.Condition != SignCondition.CoveredSign || !context.Counts(vocabulary.FirstScreening + index)
                || !signs.Exists(sign => concept.Covers.Take(concept.Covers.Count - 1).Contains(sign.Id, StringComparer.Ordinal)))
            {
                continue;
            }

            signs.RemoveAll(sign => concept.Covers.Contains(sign.Id, StringComparer.Ordinal));
            return [concept.Id];
        }

        return null;
    }

    /// <summary>Red-flag concepts that no warning sign of this message or the conversation placed: each needs its question.</summary>
    private List<string> Screening(MatchContext context, List<WarningSign> signs, PainFacts earlier, bool pregnant)
    {
        List<string>? concepts = null;
        for (var index = 0; index < vocabulary.Screening.Count; index++)
        {
            var concept = vocabulary.Screening[index];
            if (context.Counts(vocabulary.FirstScreening + index)
                && concept.Condition != SignCondition.CoveredSign
                && (concept.Condition != SignCondition.Pregnancy || pregnant)
                && !concept.Covers.Any(id => signs.Exists(sign => sign.Id == id) || earlier.WarningSigns.Any(sign => sign.Id == id)))
            {
                (concepts ??= []).Add(concept.Id);
            }
        }

        return concepts ?? [];
    }

    /// <summary>The message says an age at which new back pain is a warning sign, whether or not it says the pain.</summary>
    private bool AgeOfNewPainSaid(MatchContext context)
    {
        for (var index = 0; index < vocabulary.Signs.Count; index++)
        {
            if (vocabulary.Signs[index].Condition == SignCondition.NewPain && context.Counts(PhraseSet.FirstWarningSign + index))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Holds(SignCondition condition, MatchContext context, bool painMentioned, TimeSpan? duration, bool pregnant) => condition switch
    {
        SignCondition.MinorTrauma => context.Counts(PhraseSet.MinorTrauma),
        SignCondition.NewPain => painMentioned
            && (context.Counts(PhraseSet.NewOnset) || duration <= WarningSignRule.NewPainAtMost),
        SignCondition.Pregnancy => pregnant,
        SignCondition.Pain => painMentioned,
        _ => true,
    };
}
