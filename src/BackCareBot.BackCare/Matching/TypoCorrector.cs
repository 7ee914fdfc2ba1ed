using System.Numerics;

namespace BackCareBot.BackCare.Matching;

/// <summary>
/// Maps a misspelled word to the known word it is closest to ("strech" to "stretch", "flexers" to "flexors").
/// Deliberately cautious, because a wrong correction invents a topic the user never mentioned:
/// words under 4 letters are never corrected, nor corrected into ("spit" is not "sit"); 4-7 letters allow one edit,
/// 8 or more two; the first letter must match
/// (people rarely mistype it, and requiring it keeps "hope" from becoming "pose"); ordinary words are candidates
/// too, so a typo of "which" lands on "which" rather than on advice; and a word equally close to two different
/// meanings is left alone.
/// </summary>
internal sealed class TypoCorrector
{
    private const int MinLength = 4;
    private const int LongWord = 8;
    private const int Letters = 26;

    private readonly (string Word, int Code, int Letters)[][][] _byLetterAndLength;

    /// <param name="known">Known words with their codes (a term id, or <see cref="TermCodes.Ordinary"/>).</param>
    public TypoCorrector(IEnumerable<KeyValuePair<string, int>> known)
    {
        var buckets = new List<(string, int, int)>[Letters][];
        for (var letter = 0; letter < Letters; letter++)
        {
            buckets[letter] = new List<(string, int, int)>[BoundedEditDistance.MaxLength + 1];
        }

        foreach (var (word, code) in known)
        {
            if (word.Length >= MinLength && word.Length <= BoundedEditDistance.MaxLength && IsPlainWord(word))
            {
                (buckets[word[0] - 'a'][word.Length] ??= []).Add((word, code, LettersOf(word)));
            }
        }

        _byLetterAndLength = new (string, int, int)[Letters][][];
        for (var letter = 0; letter < Letters; letter++)
        {
            _byLetterAndLength[letter] = new (string, int, int)[BoundedEditDistance.MaxLength + 1][];
            for (var length = 0; length <= BoundedEditDistance.MaxLength; length++)
            {
                _byLetterAndLength[letter][length] = buckets[letter][length]?.ToArray() ?? [];
            }
        }
    }

    /// <returns>The code of the single closest known word, or <see cref="TermCodes.Unknown"/>.</returns>
    public int Correct(ReadOnlySpan<char> word)
    {
        if (word.Length < MinLength || word.Length > BoundedEditDistance.MaxLength || !IsPlainWord(word))
        {
            return TermCodes.Unknown;
        }

        var max = word.Length >= LongWord ? 2 : 1;
        var byLength = _byLetterAndLength[word[0] - 'a'];
        var bestDistance = max + 1;
        var bestCode = TermCodes.Unknown;
        var tied = false;
        var from = Math.Max(0, word.Length - max);
        var to = Math.Min(BoundedEditDistance.MaxLength, word.Length + max);
        var letters = LettersOf(word);
        for (var length = from; length <= to; length++)
        {
            foreach (var (candidate, code, candidateLetters) in byLength[length])
            {
                // One edit changes which letters a word has by at most two (a substitution drops one and adds one):
                // words whose letter sets differ by more cannot be within reach, so the edit distance is not computed.
                if (BitOperations.PopCount((uint)(letters ^ candidateLetters)) > 2 * max)
                {
                    continue;
                }

                var distance = BoundedEditDistance.Compute(word, candidate, Math.Min(max, bestDistance));
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    bestCode = code;
                    tied = false;
                }
                else if (distance == bestDistance && distance <= max && code != bestCode)
                {
                    tied = true;
                }
            }
        }

        return tied ? TermCodes.Unknown : bestCode;
    }

    /// <summary>The word's letters as a set, one bit each.</summary>
    private static int LettersOf(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            letters |= 1 << (c - 'a');
        }

        return letters;
    }

    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
