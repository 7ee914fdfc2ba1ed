namespace BackCareBot.BackCare.Triage.Language;

/// <summary>
/// Finds a word one typo away from a few chosen words without comparing against each: every word and every way of
/// dropping one of its letters is indexed once at startup, so a typed word costs one look-up for itself and one per
/// letter dropped from it (a symmetric-deletion index). Two typed words that reduce to the same form as two different
/// chosen words are ambiguous and read as neither.
/// </summary>
internal sealed class TypoIndex
{
    /// <summary>Longer typed words are not looked up (the stack buffer below).</summary>
    public const int MaxLength = 24;

    private const int Ambiguous = -2;

    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> forms;
    private readonly Dictionary<int, string> words;

    private TypoIndex(Dictionary<string, int> forms, Dictionary<int, string> words)
    {
        this.forms = forms.GetAlternateLookup<ReadOnlySpan<char>>();
        this.words = words;
    }

    public static TypoIndex Build(IEnumerable<string> words, IReadOnlyDictionary<string, int> ids)
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        var chosen = new Dictionary<int, string>();
        void Add(string form, int id) => forms[form] = forms.TryGetValue(form, out var other) && other != id ? Ambiguous : id;
        foreach (var word in words)
        {
            if (!ids.TryGetValue(word, out var id))
            {
                continue;
            }

            chosen[id] = word;
            Add(word, id);
            for (var i = 0; i < word.Length; i++)
            {
                Add(string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1)), id);
            }
        }

        return new TypoIndex(forms, chosen);
    }

    public int Find(ReadOnlySpan<char> typed)
    {
        var id = Candidate(typed);
        return id >= 0 && IsOneTypo(typed, words[id]) ? id : Lexicon.UnknownWord;
    }

    /// <summary>
    /// Shared dropped forms can be two edits apart ("ladders" and "bladder"), and a word with an ending added is a
    /// word of its own ("suicides" in "we ran suicides at practice"), not a typo; a last letter doubled ("numbnesss")
    /// is one.
    /// </summary>
    private static bool IsOneTypo(ReadOnlySpan<char> typed, string word) =>
        !(typed.Length > word.Length && typed.StartsWith(word, StringComparison.Ordinal) && typed[^1] != word[^1])
        && Matching.BoundedEditDistance.Compute(typed, word, max: 1) <= 1;

    private int Candidate(ReadOnlySpan<char> typed)
    {
        // A letter missing from the typed word: the typed word is one of the dropped forms.
        if (Lookup(typed) is var found and >= 0)
        {
            return found;
        }

        // A letter extra, wrong, or two swapped: some form of the typed word with a letter dropped is one of them.
        Span<char> buffer = stackalloc char[MaxLength];
        var result = Lexicon.UnknownWord;
        for (var i = 0; i < typed.Length; i++)
        {
            typed[..i].CopyTo(buffer);
            typed[(i + 1)..].CopyTo(buffer[i..]);
            var id = Lookup(buffer[..(typed.Length - 1)]);
            if (id == Ambiguous || (id >= 0 && result >= 0 && id != result))
            {
                return Lexicon.UnknownWord;
            }

            if (id >= 0)
            {
                result = id;
            }
        }

        return result;
    }

    private int Lookup(ReadOnlySpan<char> form) => forms.TryGetValue(form, out var id) ? id : Lexicon.UnknownWord;
}
