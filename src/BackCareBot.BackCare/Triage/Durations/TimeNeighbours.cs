using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Vocabulary;

namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>
/// Decides whether the words around a time expression leave its meaning alone. The recogniser reads an expression
/// together with its neighbours ("in two weeks" is a date, "the last two weeks" a range, "Friday the 13th" a day), so
/// <see cref="CommonTimeReader"/> reads one only between quiet words: words the lexicon knows that are not time
/// hints, numbers or <see cref="WordFlags.TimeConnector"/>s, looking past softeners such as "about", "and" and "now".
/// An unknown word is not quiet: it may be a time word the lexicon lacks ("tomorrow", "noon").
/// </summary>
internal sealed class TimeNeighbours
{
    private const WordFlags NotQuiet = WordFlags.TimeHint | WordFlags.AmbiguousMonth | WordFlags.TimeConnector;

    private readonly bool[] passOver;
    private readonly bool[] bridges;
    private readonly int at;
    private readonly int least;
    private readonly int than;
    private readonly int or;
    private readonly int more;
    private readonly int longer;
    private readonly int and;
    private readonly int a;
    private readonly int bit;

    public TimeNeighbours(Lexicon lexicon)
    {
        passOver = new bool[lexicon.WordCount];
        foreach (var word in TimeExpressionWords.PassOver)
        {
            passOver[lexicon.Find(word)] = true;
        }

        bridges = new bool[lexicon.WordCount];
        foreach (var word in TimeExpressionWords.Bridges)
        {
            bridges[lexicon.Find(word)] = true;
        }

        at = lexicon.Find("at");
        least = lexicon.Find("least");
        than = lexicon.Find("than");
        or = lexicon.Find("or");
        more = lexicon.Find("more");
        longer = lexicon.Find("longer");
        and = lexicon.Find("and");
        a = lexicon.Find("a");
        bit = lexicon.Find("bit");
    }

    /// <summary>"at least" and "longer than" are left out of the recogniser's span, and read by <see cref="MoreOrLess"/>.</summary>
    /// <param name="index">The word just before the expression, or -1.</param>
    public bool QuietBefore(string text, ReadOnlySpan<Token> tokens, int index)
    {
        while (index >= 0)
        {
            var word = tokens[index].Word;
            var before = index > 0 ? tokens[index - 1].Word : Lexicon.UnknownWord;
            if ((word == least && before == at) || (word == than && before == longer))
            {
                index -= 2;
            }
            else if (word != Lexicon.UnknownWord && passOver[word])
            {
                index--;
            }
            else
            {
                return IsQuiet(text, tokens[index]);
            }
        }

        return true;
    }

    /// <summary>After the expression a preposition or article may lead on to a quiet word: "8 days of dull pain".</summary>
    /// <param name="last">The expression's last word.</param>
    /// <param name="isLength">A length, which "or more", "or longer" and "and a bit" may follow (<see cref="MoreOrLess"/>).</param>
    public bool QuietAfter(string text, ReadOnlySpan<Token> tokens, int last, bool isLength)
    {
        var index = last + 1;
        while (index < tokens.Length)
        {
            var word = tokens[index].Word;
            var next = index + 1 < tokens.Length ? tokens[index + 1].Word : Lexicon.UnknownWord;
            if (isLength && word == or && (next == more || next == longer))
            {
                index += 2;
            }
            else if (isLength && word == and && next == a && index + 2 < tokens.Length && tokens[index + 2].Word == bit)
            {
                index += 3;
            }
            else if (word != Lexicon.UnknownWord && passOver[word])
            {
                index++;
            }
            else
            {
                return IsQuiet(text, tokens[index])
                    || (word != Lexicon.UnknownWord && bridges[word] && index + 1 < tokens.Length && IsQuiet(text, tokens[index + 1]));
            }
        }

        return true;
    }

    /// <summary>
    /// The expression's words are separated by spaces alone (a hyphen only inside "twenty-five"), and plain
    /// punctuation or spaces set it apart: "2-3 weeks", "friday/saturday" and "-2 days" are for the recogniser.
    /// </summary>
    public static bool Spaced(string text, ReadOnlySpan<Token> tokens, int first, int last)
    {
        for (var k = first; k < last; k++)
        {
            var gap = text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End);
            var compound = gap is "-" && tokens[k].Number >= 20 && tokens[k].Number != tokens[k + 1].Number && char.IsAsciiLetter(text[tokens[k].Start]);
            if (!compound && gap.ContainsAnyExcept(' '))
            {
                return false;
            }
        }

        var start = tokens[first].Start;
        var end = tokens[last].End;
        return (start == 0 || IsPlainBoundary(text[start - 1])) && (end == text.Length || IsPlainBoundary(text[end]) || text[end] == '+');
    }

    private static bool IsPlainBoundary(char c) => c is ' ' or ',' or '.' or ';' or ':' or '!' or '?' or '(' or ')' or '"' or '\'';

    private static bool IsQuiet(string text, Token token) =>
        token.Word != Lexicon.UnknownWord && !token.Has(NotQuiet) && token.Number < 0 && !char.IsAsciiDigit(text[token.Start]);
}
