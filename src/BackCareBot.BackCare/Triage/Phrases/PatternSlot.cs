using BackCareBot.BackCare.Triage.Language;

namespace BackCareBot.BackCare.Triage.Phrases;

/// <summary>One position of a phrase: any of some words, any word with some prefixes, or a number in a range.</summary>
internal sealed class PatternSlot(int[] words, ulong prefixes, int minNumber = -1, int maxNumber = -1)
{
    public int[] Words { get; } = words;

    public ulong Prefixes { get; } = prefixes;

    public bool IsNumeric => maxNumber >= 0;

    /// <summary>The slot's words, prefixes and numbers hashed, for skipping phrases a message cannot hold.</summary>
    public WordBloom Bloom { get; } = WordBloom.Of(words, prefixes, maxNumber >= 0);

    public bool Matches(in Token token) => IsNumeric
        ? token.Number >= minNumber && token.Number <= maxNumber && !token.IsOrdinal
        : (token.Prefixes & Prefixes) != 0 || (token.Word != Lexicon.UnknownWord && Array.IndexOf(Words, token.Word) >= 0);
}
