namespace BackCareBot.BackCare.Triage.Language;

/// <summary>One word of a message, with where it sits and what the lexicon knows about it.</summary>
/// <param name="Start">Index of its first character in the normalized text.</param>
/// <param name="Length">Its length in characters.</param>
/// <param name="Word">Its id in the <see cref="Lexicon"/>, or <see cref="Lexicon.UnknownWord"/>.</param>
/// <param name="Prefixes">The lexicon prefixes it starts with, one bit each.</param>
/// <param name="Number">Its numeric value ("60", "3rd", "sixty five"), or -1.</param>
/// <param name="IsOrdinal">It is a day-of-month ordinal such as "3rd".</param>
/// <param name="Flags">The lexicon's flags for the word.</param>
/// <param name="Sentence">Sentences end at '.', '!', '?' and ';'.</param>
/// <param name="Segment">Segments also end at contrast words (but, however); a phrase never spans two.</param>
/// <param name="Scope">Scopes also end at ',', ':' and joining words (and, because, when); a negation never leaves its scope.</param>
/// <param name="AfterComma">The word follows a comma or colon.</param>
internal readonly record struct Token(
    int Start,
    int Length,
    int Word,
    ulong Prefixes,
    int Number,
    bool IsOrdinal,
    WordFlags Flags,
    int Sentence,
    int Segment,
    int Scope,
    bool AfterComma = false)
{
    public int End => Start + Length;

    public bool Has(WordFlags flag) => (Flags & flag) != 0;
}
