using BackCareBot.BackCare.Triage.Language;

namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>
/// The words around a length that make it a little more or less than said ("over a week", "a week+", "almost a
/// week"), the same whether the recogniser or <see cref="CommonTimeReader"/> read the length.
/// </summary>
internal sealed class MoreOrLess(Lexicon lexicon)
{
    /// <summary>Words this class looks up by name; they must be in the lexicon.</summary>
    public static IReadOnlyList<string> WordsUsed { get; } = ["than", "or", "and", "a", "bit", "more", "longer"];

    private readonly int than = lexicon.Find("than");
    private readonly int or = lexicon.Find("or");
    private readonly int and = lexicon.Find("and");
    private readonly int a = lexicon.Find("a");
    private readonly int bit = lexicon.Find("bit");
    private readonly int more = lexicon.Find("more");
    private readonly int longer = lexicon.Find("longer");

    /// <summary>The length spanning <paramref name="first"/> to <paramref name="last"/>, adjusted for the words around it.</summary>
    /// <param name="end">The index of the character after the length, where a '+' may follow.</param>
    public TimeSpan Adjust(TimeSpan value, string text, ReadOnlySpan<Token> tokens, int first, int last, int end)
    {
        var said = Said(text, tokens, first, last, end);
        return said > 0 ? RecognizedTime.MoreThan(value) : said < 0 ? RecognizedTime.LessThan(value) : value;
    }

    /// <summary>+1 for "over a week", "more than", "a week+", "a week or more"; -1 for "almost", "less than", "under".</summary>
    private int Said(string text, ReadOnlySpan<Token> tokens, int first, int last, int end)
    {
        var before = first - 1;
        if (before >= 0 && tokens[before].Word == than)
        {
            before--;
        }

        if (before >= 0 && tokens[before].Segment == tokens[first].Segment)
        {
            if (tokens[before].Has(WordFlags.MoreThan))
            {
                return 1;
            }

            if (tokens[before].Has(WordFlags.LessThan))
            {
                return -1;
            }
        }

        var after = last + 1;
        var moreAfter = (end < text.Length && text[end] == '+')
            || (after < tokens.Length && tokens[after].Has(WordFlags.MoreThan))
            || (after + 1 < tokens.Length && tokens[after].Word == or && (tokens[after + 1].Word == more || tokens[after + 1].Word == longer))
            || (after + 2 < tokens.Length && tokens[after].Word == and && tokens[after + 1].Word == a && tokens[after + 2].Word == bit);
        return moreAfter ? 1 : 0;
    }
}
