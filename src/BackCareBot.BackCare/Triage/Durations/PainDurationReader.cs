using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Phrases;

namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>
/// Reads how long the pain has lasted, from the date recogniser (<see cref="RecognizedDurations"/>, run only when a
/// word hints at a time expression) and from phrases it misses (<see cref="SpokenDurations"/>). A duration counts
/// only in a message about symptoms or in a bare answer to "how long?": "I sit 8 hours a day" is not pain for 8 hours.
/// </summary>
internal sealed class PainDurationReader(Lexicon lexicon)
{
    /// <summary>Words this reader looks up by name; they must be in the lexicon.</summary>
    public static IReadOnlyList<string> WordsUsed { get; } = [.. RecognizedDurations.WordsUsed, .. SpokenDurations.WordsUsed];

    /// <summary>A bare answer to "how long?" is short: "it's been about ten days I think".</summary>
    public const int BareAnswerMaxWords = 12;

    private readonly RecognizedDurations recognized = new(lexicon);
    private readonly SpokenDurations spoken = new(lexicon);

    public void Warm(DateTime reference) => recognized.Warm(reference);

    /// <param name="text">The normalized text the tokens come from.</param>
    /// <param name="tokens">Its words.</param>
    /// <param name="scan">The phrases found in it.</param>
    /// <param name="aboutSymptoms">The message talks about pain, an injury or symptoms.</param>
    /// <param name="reference">The person's own clock when they wrote it.</param>
    public TimeSpan? Read(string text, ReadOnlySpan<Token> tokens, PhraseScan scan, bool aboutSymptoms, DateTime reference)
    {
        if (!aboutSymptoms && tokens.Length > BareAnswerMaxWords)
        {
            return null;
        }

        var candidates = new List<DurationCandidate>();
        spoken.Add(scan, tokens, reference, candidates);
        if (RecognizedDurations.HasTimeHint(text, tokens))
        {
            recognized.Add(text, tokens, reference, candidates);
        }

        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            if (!DurationContext.IsAboutPain(candidates[i], tokens) || spoken.IsPainScore(candidates[i], text, tokens))
            {
                candidates.RemoveAt(i);
            }
        }

        if (candidates.Count == 0 || (!aboutSymptoms && !DurationContext.IsBareAnswer(tokens, candidates)))
        {
            return null;
        }

        return Choose(candidates, tokens, scan);
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
