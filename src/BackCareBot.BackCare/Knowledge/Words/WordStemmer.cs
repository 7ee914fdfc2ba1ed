using Lucene.Net.Tartarus.Snowball.Ext;

namespace BackCareBot.BackCare.Knowledge.Words;

/// <summary>
/// English stemming (Snowball's Porter2) so "stretching", "stretches" and "stretched" are one word. The stemmer is
/// stateful and not thread-safe, so each thread keeps its own, working in place on a reused buffer: stemming a
/// message allocates nothing.
/// </summary>
internal static class WordStemmer
{
    /// <summary>No real word is longer; longer tokens are noise and are not stemmed.</summary>
    public const int MaxWordLength = 40;

    [ThreadStatic]
    private static EnglishStemmer? t_stemmer;

    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>The stem of <paramref name="word"/>; the span is only valid until the next call on this thread.</summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxWordLength)
        {
            return word;
        }

        var stemmer = t_stemmer ??= new EnglishStemmer();
        var buffer = t_buffer ??= new char[MaxWordLength * 2];
        word.CopyTo(buffer);
        stemmer.SetCurrent(buffer, word.Length);
        stemmer.Stem();
        return stemmer.CurrentBuffer.AsSpan(0, stemmer.CurrentBufferLength);
    }

    public static string StemToString(string word) => word.Length > MaxWordLength ? word : new string(Stem(word));
}
