using BackCareBot.BackCare.Triage.Language;

namespace BackCareBot.BackCare.Triage.Phrases;

/// <summary>
/// Which words, prefixes and numbers could stand in a message or a phrase slot, in 256 + 64 bits: a slot whose words
/// share no bit with the message cannot match anywhere in it, so the matcher skips the phrase without walking its
/// gaps. Two sets that overlap may still not share a word (the bits are hashed); the walk decides those.
/// </summary>
internal readonly record struct WordBloom(ulong Words0, ulong Words1, ulong Words2, ulong Words3, ulong Prefixes, bool Number)
{
    public static WordBloom Of(ReadOnlySpan<Token> tokens)
    {
        var bloom = default(WordBloom);
        foreach (var token in tokens)
        {
            bloom = bloom.With(token.Word) with
            {
                Prefixes = bloom.Prefixes | token.Prefixes,
                Number = bloom.Number || token.Number >= 0,
            };
        }

        return bloom;
    }

    public static WordBloom Of(int[] words, ulong prefixes, bool numeric)
    {
        var bloom = new WordBloom(0, 0, 0, 0, prefixes, numeric);
        foreach (var word in words)
        {
            bloom = bloom.With(word);
        }

        return bloom;
    }

    /// <summary>Some word, prefix or number of <paramref name="slot"/> may be in this message.</summary>
    public bool MayHave(in WordBloom slot) =>
        (slot.Number && Number)
        || (slot.Prefixes & Prefixes) != 0
        || (slot.Words0 & Words0) != 0 || (slot.Words1 & Words1) != 0 || (slot.Words2 & Words2) != 0 || (slot.Words3 & Words3) != 0;

    private WordBloom With(int word)
    {
        if (word == Lexicon.UnknownWord)
        {
            return this;
        }

        var bit = 1UL << (word & 63);
        return ((word >> 6) & 3) switch
        {
            0 => this with { Words0 = Words0 | bit },
            1 => this with { Words1 = Words1 | bit },
            2 => this with { Words2 = Words2 | bit },
            _ => this with { Words3 = Words3 | bit },
        };
    }
}
