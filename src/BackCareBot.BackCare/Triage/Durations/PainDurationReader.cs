using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Phrases;
using BackCareBot.BackCare.Triage.Rules;

namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>
/// Reads how long the pain has lasted. The common time expressions ("two weeks", "since last Friday", "3 days ago")
/// are read from the words (<see cref="CommonTimeReader"/>, well under a microsecond) to the value the date
/// recogniser gives them; the recogniser (<see cref="RecognizedDurations"/>, 0.1-0.5 ms and ~80 KB a call) reads
/// every other time expression, and runs only when a word hints at one. <see cref="SpokenDurations"/> adds the
/// phrases both miss. A duration counts only in a message about symptoms or in a bare answer to "how long?":
/// "I sit 8 hours a day" is not pain for 8 hours.
/// </summary>
internal sealed class PainDurationReader
{
    /// <summary>Words this reader looks up by name; they must be in the lexicon.</summary>
    public static IReadOnlyList<string> WordsUsed { get; } =
        [.. MoreOrLess.WordsUsed, .. CommonTimeReader.WordsUsed, .. SpokenDurations.WordsUsed, .. BareUnitAnswer.WordsUsed, .. StatedToday.WordsUsed];

    /// <summary>A bare answer to "how long?" is short: "it's been about ten days I think".</summary>
    public const int BareAnswerMaxWords = 12;

    /// <summary>More readings than this in one message leave the rest to the recogniser.</summary>
    private const int MaxReadings = 16;

    private readonly CommonTimeReader? common;
    private readonly RecognizedDurations recognized;
    private readonly SpokenDurations spoken;
    private readonly BareUnitAnswer bareUnit;
    private readonly StatedToday statedToday;
    private readonly int ago;

    /// <param name="lexicon">The words.</param>
    /// <param name="readCommonExpressions">False leaves every time expression to the recogniser, as the reference
    /// the tests compare <see cref="CommonTimeReader"/> with.</param>
    /// <param name="occasions">The yearly occasions of the rules ("since pancake day").</param>
    public PainDurationReader(Lexicon lexicon, bool readCommonExpressions = true, IReadOnlyList<OccasionRule>? occasions = null)
    {
        common = readCommonExpressions ? new CommonTimeReader(lexicon) : null;
        recognized = new RecognizedDurations(lexicon);
        spoken = new SpokenDurations(lexicon, occasions);
        bareUnit = new BareUnitAnswer(lexicon);
        statedToday = new StatedToday(lexicon);
        ago = lexicon.Find("ago");
    }

    public void Warm(DateTime reference) => recognized.Warm(reference);

    /// <param name="text">The normalized text the tokens come from.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="scan">The phrases found in it.</param>
    /// <param name="aboutSymptoms">The message talks about pain, an injury or symptoms.</param>
    /// <param name="reference">The person's own clock when they wrote it.</param>
    /// <param name="history">Who and when the message's words are about: a time in a clause about the past ("a slipped
    /// disc back in 2014, fine since") is not how long today's pain has lasted.</param>
    /// <param name="howFarAlong">
    /// In a message about a pregnancy, which lengths say how far along it is ("22 wks"): set aside when another length
    /// is said beside them ("pregnant (22 wks), back's been aching about 10 days").
    /// </param>
    public TimeSpan? Read(string text, ReadOnlySpan<Token> tokens, PhraseScan scan, bool aboutSymptoms, DateTime reference, MatchContext? history = null, Func<TimeSpan, bool>? howFarAlong = null)
    {
        if (!aboutSymptoms && tokens.Length > BareAnswerMaxWords)
        {
            return null;
        }

        var candidates = Candidates(text, tokens, scan, reference, out _);
        if (candidates.Count == 0 && bareUnit.Read(tokens) is { } unitAlone)
        {
            candidates.Add(unitAlone);
        }

        if (history is not null)
        {
            for (var i = candidates.Count - 1; i >= 0; i--)
            {
                if (history.IsHistory(tokens[candidates[i].First]))
                {
                    candidates.RemoveAt(i);
                }
            }

            // "the kids have had a fever all week ... my back aches since yesterday": a length said of someone else
            // is theirs when the person gives one of their own.
            if (candidates.Exists(c => !history.IsSomeoneElses(c.First)))
            {
                candidates.RemoveAll(c => history.IsSomeoneElses(c.First));
            }
        }

        // "2 days not 2 weeks", "sorry, yesterday, not for a month": the length taken back is not the pain's.
        var takenBack = 0;
        foreach (var candidate in candidates)
        {
            takenBack += IsTakenBack(candidate, tokens) ? 1 : 0;
        }

        if (takenBack > 0 && takenBack < candidates.Count)
        {
            for (var i = candidates.Count - 1; i >= 0; i--)
            {
                if (IsTakenBack(candidates[i], tokens))
                {
                    candidates.RemoveAt(i);
                }
            }
        }

        if (howFarAlong is not null && candidates.Exists(c => !howFarAlong(c.Value)))
        {
            candidates.RemoveAll(c => howFarAlong(c.Value));
        }

        if (candidates.Count == 0 || (!aboutSymptoms && !DurationContext.IsBareAnswer(tokens, candidates)))
        {
            return null;
        }

        return Choose(candidates, tokens, scan);
    }

    /// <summary>A negation just before the length, in its clause: "not 2 weeks", "not for a month".</summary>
    private static bool IsTakenBack(DurationCandidate candidate, ReadOnlySpan<Token> tokens)
    {
        for (var i = Math.Max(0, candidate.First - 2); i < candidate.First; i++)
        {
            if (tokens[i].Has(WordFlags.Negator) && tokens[i].Scope == tokens[candidate.First].Scope)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The durations said about the pain, before choosing one.</summary>
    /// <param name="recognizerRan">Whether the date recogniser had to read part of the message.</param>
    internal List<DurationCandidate> Candidates(string text, ReadOnlySpan<Token> tokens, PhraseScan scan, DateTime reference, out bool recognizerRan)
    {
        var candidates = new List<DurationCandidate>();
        reference = statedToday.Apply(tokens, reference, out var saysToday);
        spoken.Add(scan, tokens, reference, candidates);

        Span<TimeReading> readings = stackalloc TimeReading[MaxReadings];
        var readingCount = common?.Read(text, tokens, reference, readings) ?? 0;
        readings = readings[..readingCount];

        Span<(int First, int Last)> windows = stackalloc (int, int)[RecognizedDurations.MaxWindows];
        var windowCount = RecognizedDurations.PlanWindows(text, tokens, readings, windows);
        recognizerRan = windowCount > 0;
        recognized.Add(text, tokens, windows[..windowCount], reference, candidates);
        foreach (var reading in readings)
        {
            // Inside a window the recogniser reads the expression itself, in its context, as it always has.
            if (reading.Value is { } value && !IsInside(reading, windows[..windowCount]))
            {
                candidates.Add(new DurationCandidate(value, reading.First, reading.Last, reading.IsPoint));
            }
        }

        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (!DurationContext.IsAboutPain(candidates[i], tokens, ago) || spoken.IsPainScore(candidates[i], text, tokens)
                || (saysToday is var (first, last) && candidates[i].First <= last && candidates[i].Last >= first))
            {
                candidates.RemoveAt(i);
            }
        }

        return candidates;
    }

    private static bool IsInside(TimeReading reading, ReadOnlySpan<(int First, int Last)> windows)
    {
        foreach (var (first, last) in windows)
        {
            if (reading.First >= first && reading.Last <= last)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest duration said in a sentence about symptoms; otherwise the longest said at all.</summary>
    private static TimeSpan Choose(List<DurationCandidate> candidates, ReadOnlySpan<Token> tokens, PhraseScan scan)
    {
        TimeSpan? best = null;
        var bestNearSymptoms = false;
        foreach (var candidate in candidates)
        {
            var nearSymptoms = SentenceMentionsSymptoms(tokens[candidate.First].Sentence, tokens, scan);
            if ((nearSymptoms && !bestNearSymptoms) || (nearSymptoms == bestNearSymptoms && (best is null || candidate.Value > best)))
            {
                best = candidate.Value;
                bestNearSymptoms = nearSymptoms;
            }
        }

        return best!.Value;
    }

    private static bool SentenceMentionsSymptoms(int sentence, ReadOnlySpan<Token> tokens, PhraseScan scan)
    {
        foreach (var match in scan.Matches)
        {
            if (match.Pattern.Set is PhraseSet.Pain or PhraseSet.Sharp or PhraseSet.NotSharp or PhraseSet.SymptomContext
                && tokens[match.First].Sentence == sentence)
            {
                return true;
            }
        }

        return false;
    }
}
