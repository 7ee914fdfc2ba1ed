using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Knowledge.Words;

/// <summary>
/// Reads a vocabulary word or phrase the way a message is read (normalized, split, fillers dropped, stemmed), so
/// "Back of my thighs" in the vocabulary and "back of the thigh" in a message become the same stems.
/// </summary>
internal static class PhraseStems
{
    public static IReadOnlyList<string> Of(string phrase, IReadOnlySet<string> fillers)
    {
        var text = MessageNormalizer.Normalize(phrase).Text;
        var stems = new List<string>();
        var tokenizer = new WordTokenizer(text);
        while (tokenizer.MoveNext())
        {
            var word = text.Substring(tokenizer.Current.Start, tokenizer.Current.Length);
            if (!fillers.Contains(word))
            {
                stems.Add(WordStemmer.StemToString(word));
            }
        }

        return stems;
    }

    /// <summary>The words of a phrase as the tokenizer sees them, fillers included.</summary>
    public static IReadOnlyList<string> WordsOf(string phrase)
    {
        var text = MessageNormalizer.Normalize(phrase).Text;
        var words = new List<string>();
        var tokenizer = new WordTokenizer(text);
        while (tokenizer.MoveNext())
        {
            words.Add(text.Substring(tokenizer.Current.Start, tokenizer.Current.Length));
        }

        return words;
    }

    public static string Key(IReadOnlyList<string> stems) => string.Join(' ', stems);
}
