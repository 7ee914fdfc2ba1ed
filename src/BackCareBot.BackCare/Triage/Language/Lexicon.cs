namespace BackCareBot.BackCare.Triage.Language;

/// <summary>
/// The words the extractor knows, as small integer ids, so that phrase matching compares integers rather than
/// strings. Built once at startup by <see cref="LexiconBuilder"/>; read-only and thread-safe afterwards.
/// </summary>
internal sealed class Lexicon
{
    public const int UnknownWord = -1;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ids;
    private readonly WordFlags[] flags;
    private readonly ulong[] prefixesOfWord;
    private readonly int[] numbers;
    private readonly (string Prefix, ulong Bit)[][] prefixesByFirstLetter;

    internal Lexicon(
        Dictionary<string, int> ids,
        WordFlags[] flags,
        ulong[] prefixesOfWord,
        int[] numbers,
        (string Prefix, ulong Bit)[][] prefixesByFirstLetter)
    {
        this.ids = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        this.flags = flags;
        this.prefixesOfWord = prefixesOfWord;
        this.numbers = numbers;
        this.prefixesByFirstLetter = prefixesByFirstLetter;
    }

    public int WordCount => flags.Length;

    public int Find(ReadOnlySpan<char> word) => ids.TryGetValue(word, out var id) ? id : UnknownWord;

    /// <summary>Shorter words are left alone: one letter changes too much of them ("bumpy" is not "bump").</summary>
    public const int TypoMinLength = 6;

    internal TypoIndex? Typos { get; init; }

    /// <summary>
    /// The typo-tolerant word <paramref name="word"/> is one typo away from (a letter missing, extra or wrong, or two
    /// swapped), or <see cref="UnknownWord"/>. Only for a word the lexicon does not know, so a real word is never
    /// "corrected".
    /// </summary>
    public int FindWithTypo(ReadOnlySpan<char> word) =>
        Typos is { } typos && word.Length >= TypoMinLength - 1 && word.Length <= TypoIndex.MaxLength ? typos.Find(word) : UnknownWord;

    public WordFlags FlagsOf(int word) => word == UnknownWord ? WordFlags.None : flags[word];

    /// <summary>The value of a number word ("ten", "sixty"), or -1.</summary>
    public int NumberOf(int word) => word == UnknownWord ? -1 : numbers[word];

    /// <summary>The prefixes (one bit each) that <paramref name="word"/> starts with.</summary>
    public ulong PrefixesOf(ReadOnlySpan<char> word, int id)
    {
        if (id != UnknownWord)
        {
            return prefixesOfWord[id];
        }

        var first = word[0] - 'a';
        if ((uint)first >= (uint)prefixesByFirstLetter.Length)
        {
            return 0;
        }

        ulong mask = 0;
        foreach (var (prefix, bit) in prefixesByFirstLetter[first])
        {
            if (word.StartsWith(prefix, StringComparison.Ordinal))
            {
                mask |= bit;
            }
        }

        return mask;
    }
}
