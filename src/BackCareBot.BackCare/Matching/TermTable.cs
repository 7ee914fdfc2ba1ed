using BackCareBot.BackCare.Knowledge.Words;

namespace BackCareBot.BackCare.Matching;

/// <summary>
/// Says what a word of a message is: a vocabulary term (by id), a filler, an ordinary word, or unknown. Tries the
/// cheapest reading first: the exact word (no allocation), then its stem, then a typo correction.
/// </summary>
internal sealed class TermTable
{
    /// <summary>
    /// Stems are shorter than words, so a one-letter slip turns a short stem into another word ("rocks" stems to
    /// "rock", one letter from the stem of "Rooke"); only longer stems are corrected ("strechs" to "stretch").
    /// </summary>
    private const int MinStemToCorrect = 5;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _stems;
    private readonly TypoCorrector _wordTypos;
    private readonly TypoCorrector _stemTypos;

    /// <param name="words">Known words as typed, with their codes.</param>
    /// <param name="stems">Known stems, with their codes.</param>
    /// <param name="termCount">How many term ids there are.</param>
    public TermTable(Dictionary<string, int> words, Dictionary<string, int> stems, int termCount)
    {
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _stems = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        TermCount = termCount;
        _wordTypos = new TypoCorrector(CorrectionTargets(words));
        _stemTypos = new TypoCorrector(CorrectionTargets(stems));
    }

    public int TermCount { get; }

    public int Resolve(ReadOnlySpan<char> word)
    {
        if (_words.TryGetValue(word, out var code))
        {
            return code;
        }

        if (word.Length > WordStemmer.MaxWordLength)
        {
            return TermCodes.Unknown;
        }

        var stem = WordStemmer.Stem(word);
        if (_stems.TryGetValue(stem, out code))
        {
            return code;
        }

        code = _wordTypos.Correct(word);
        return code != TermCodes.Unknown || stem.Length < MinStemToCorrect || stem.SequenceEqual(word)
            ? code
            : _stemTypos.Correct(stem);
    }

    /// <summary>A typo never becomes a filler: it would vanish from the message instead of separating phrases.</summary>
    private static IEnumerable<KeyValuePair<string, int>> CorrectionTargets(Dictionary<string, int> known) =>
        known.Select(pair => pair.Value == TermCodes.Filler ? KeyValuePair.Create(pair.Key, TermCodes.Ordinary) : pair);
}
