namespace BackCareBot.BackCare.Triage.Language;

/// <summary>Collects words, prefixes, flags and number words, then freezes them into a <see cref="Lexicon"/>.</summary>
internal sealed class LexiconBuilder
{
    /// <summary>Prefixes are matched as bits of a <see cref="ulong"/>.</summary>
    public const int MaxPrefixes = 64;

    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<WordFlags> flags = [];
    private readonly List<int> numbers = [];
    private readonly Dictionary<string, ulong> prefixes = new(StringComparer.Ordinal);

    public int Word(string word)
    {
        if (word.Length == 0 || word.Any(char.IsUpper) || word.Contains(' ', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{word}' is not a lower-case single word.", nameof(word));
        }

        if (!ids.TryGetValue(word, out var id))
        {
            id = ids.Count;
            ids.Add(word, id);
            flags.Add(WordFlags.None);
            numbers.Add(-1);
        }

        return id;
    }

    public ulong Prefix(string prefix)
    {
        if (prefix.Length < 2 || !char.IsAsciiLetterLower(prefix[0]))
        {
            throw new ArgumentException($"Prefix '{prefix}' must start with a lower-case letter and have two or more characters.", nameof(prefix));
        }

        if (!prefixes.TryGetValue(prefix, out var bit))
        {
            if (prefixes.Count == MaxPrefixes)
            {
                throw new InvalidOperationException($"More than {MaxPrefixes} prefixes; use whole words instead.");
            }

            bit = 1UL << prefixes.Count;
            prefixes.Add(prefix, bit);
        }

        return bit;
    }

    public void Flag(WordFlags flag, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            var id = Word(word);
            flags[id] |= flag;
        }
    }

    public void Number(string word, int value) => numbers[Word(word)] = value;

    /// <param name="typoTolerant">Words also found with one typo (<see cref="Lexicon.FindWithTypo"/>).</param>
    public Lexicon Build(IEnumerable<string>? typoTolerant = null)
    {
        var prefixesOfWord = new ulong[ids.Count];
        foreach (var (word, id) in ids)
        {
            foreach (var (prefix, bit) in prefixes)
            {
                if (word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    prefixesOfWord[id] |= bit;
                }
            }
        }

        var byFirstLetter = new (string Prefix, ulong Bit)[26][];
        for (var letter = 0; letter < byFirstLetter.Length; letter++)
        {
            byFirstLetter[letter] = [.. prefixes.Where(p => p.Key[0] - 'a' == letter).Select(p => (p.Key, p.Value))];
        }

        return new Lexicon(new Dictionary<string, int>(ids, StringComparer.Ordinal), [.. flags], prefixesOfWord, [.. numbers], byFirstLetter)
        {
            Typos = TypoIndex.Build(typoTolerant ?? [], ids),
        };
    }
}
