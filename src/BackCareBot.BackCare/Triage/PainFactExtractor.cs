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
        durations = new PainDurationReader(vocabulary.Lexicon);
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
    public PainFacts Extract(NormalizedMessage message, DateTimeOffset messageTime)
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
            return Extract(message.Text, buffer.AsSpan(0, count), messageTime.DateTime);
        }
        finally
        {
            ArrayPool<Token>.Shared.Return(buffer);
        }
    }

    private PainFacts Extract(string text, ReadOnlySpan<Token> tokens, DateTime reference)
    {
        if (tokens.IsEmpty)
        {
            return PainFacts.None;
        }

        var scan = vocabulary.Matcher.Scan(tokens);
        var painMentioned = scan.IsAffirmed(PhraseSet.Pain) || scan.IsAffirmed(PhraseSet.Sharp);
        var sharpness = scan.IsAffirmed(PhraseSet.Sharp) ? Sharpness.Sharp
            : scan.IsNegated(PhraseSet.Sharp) || scan.IsAffirmed(PhraseSet.NotSharp) ? Sharpness.NotSharp
            : Sharpness.Unknown;
        var anySign = false;
        for (var index = 0; index < vocabulary.Signs.Count; index++)
        {
            anySign |= scan.IsAffirmed(PhraseSet.FirstWarningSign + index);
        }

        var aboutSymptoms = scan.IsMentioned(PhraseSet.Pain)
            || scan.IsMentioned(PhraseSet.Sharp)
            || scan.IsMentioned(PhraseSet.NotSharp)
            || scan.IsMentioned(PhraseSet.SymptomContext);
        var duration = durations.Read(text, tokens, scan, aboutSymptoms, reference);
        var signs = anySign ? WarningSigns(scan, painMentioned, duration) : [];
        return painMentioned || sharpness != Sharpness.Unknown || duration is not null || signs.Count > 0
            ? new PainFacts { PainMentioned = painMentioned, Sharpness = sharpness, Duration = duration, WarningSigns = signs }
            : PainFacts.None;
    }

    private List<WarningSign> WarningSigns(PhraseScan scan, bool painMentioned, TimeSpan? duration)
    {
        var signs = new List<WarningSign>(2);
        for (var index = 0; index < vocabulary.Signs.Count; index++)
        {
            var rule = vocabulary.Signs[index];
            if (scan.IsAffirmed(PhraseSet.FirstWarningSign + index) && Holds(rule.Condition, scan, painMentioned, duration))
            {
                signs.Add(rule.Sign);
            }
        }

        return signs;
    }

    private static bool Holds(SignCondition condition, PhraseScan scan, bool painMentioned, TimeSpan? duration) => condition switch
    {
        SignCondition.MinorTrauma => scan.IsAffirmed(PhraseSet.MinorTrauma),
        SignCondition.NewPain => painMentioned
            && (scan.IsAffirmed(PhraseSet.NewOnset) || duration <= WarningSignRule.NewPainAtMost),
        _ => true,
    };
}
