using System.Text;
using BackCareBot.BackCare.Triage.Rules;

namespace BackCareBot.BackCare.Text;

/// <summary>
/// Reads the words of other languages in a message as English (dialogs/rules/glossary.yaml), before the rules and the
/// knowledge see it: a warning sign, a length of time or a stretch said in Italian, German or Hinglish meets the same
/// rules as in English, instead of each rule carrying every language. The longest entry wins at each word ("mal di
/// schiena" before "schiena"), accents are optional ("perineo", "périnée"), and a French elision is read through
/// ("j'ai" as "i have", "l'urine" as "urine"). A message with no glossary word comes back as it was.
/// </summary>
public sealed class MessageGlossary
{
    /// <summary>French elided words and what they stand for ("j'" is "i", "l'" an article, left out).</summary>
    private static readonly Dictionary<string, string> Elisions = new(StringComparer.Ordinal)
    {
        ["j"] = "i", ["m"] = "me", ["n"] = "not", ["t"] = "you", ["l"] = "", ["d"] = "", ["s"] = "", ["c"] = "it", ["qu"] = "that",
    };

    /// <summary>
    /// Arabic and Hebrew write "the", "and", "in", "to" as letters joined to the front of the next word ("الانتحار" is
    /// "the suicide", "וכואב" "and it hurts"), one or two of them ("ובגב", "and in the back"; "כשאני", "when I"): a word
    /// no entry knows is tried again without them, the longest first.
    /// </summary>
    private static readonly string[] JoinedPrefixes =
    [
        "وال", "فال", "بال", "كال", "لل", "ال", "و", "ف", "ب", "ل",
        "וכש", "וה", "שה", "מה", "בה", "לה", "כה", "וב", "ול", "ומ", "וכ", "וש", "שב", "של", "שמ", "כש",
        "ה", "ו", "ב", "ל", "מ", "ש", "כ",
    ];

    /// <summary>
    /// Korean joins particles and the copula to the end of the word before ("3주째예요" is "3주째" + "it is", "허리가"
    /// "허리" + a subject marker): a word no entry knows is tried again without one, the longest first.
    /// </summary>
    private static readonly string[] KoreanEndings =
    [
        "이에요", "입니다", "이네요", "예요", "이야", "이고", "인데", "에서", "부터", "까지", "이라", "네요",
        "이", "가", "은", "는", "을", "를", "에", "도", "요", "야",
    ];

    private readonly Dictionary<string, (string[] Words, string English)[]> byFirstWord;
    private readonly Dictionary<string, (string[] Words, string English)[]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public MessageGlossary(TriageRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        byFirstWord = rules.Glossary
            .Select(entry => (Words: EntryWords(Fold(entry.Words)), entry.English))
            .GroupBy(entry => entry.Words[0], StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.OrderByDescending(entry => entry.Words.Length).ToArray(), StringComparer.Ordinal);
        lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public NormalizedMessage Gloss(NormalizedMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.IsEmpty || byFirstWord.Count == 0)
        {
            return message;
        }

        var text = ClinicalFractions.Read(message.Text);
        var words = Words(text);
        StringBuilder? glossed = null;
        var copied = 0;
        for (var w = 0; w < words.Count; w++)
        {
            if (!TryEntryAt(text, words, w, out var english, out var length, out var elided))
            {
                continue;
            }

            glossed ??= new StringBuilder(text.Length + 32);
            var (start, _) = words[w];
            var (lastStart, lastLength) = words[w + length - 1];
            glossed.Append(text, copied, start - copied);
            var replacement = elided is { Length: > 0 } ? $"{elided} {english}" : english;
            // Chinese and Japanese put no spaces between words: the English read in their place gets its own.
            var unspaced = IsUnspacedScript(text[start]);
            glossed.Append(unspaced ? " " : "").Append(replacement.Length > 0 ? replacement : " ").Append(unspaced ? " " : "");
            copied = lastStart + lastLength;
            w += length - 1;
        }

        if (glossed is null)
        {
            return ReferenceEquals(text, message.Text) ? message : Shortened(text, message.Truncated);
        }

        glossed.Append(text, copied, text.Length - copied);
        return Shortened(glossed.ToString(), message.Truncated);
    }

    private static NormalizedMessage Shortened(string text, bool truncated) =>
        new(text.Length > MessageNormalizer.MaxAnalysedLength ? text[..MessageNormalizer.MaxAnalysedLength] : text, truncated);

    /// <summary>
    /// Lower-case, without accents: the form entries and message words are compared in. The bot runs with invariant
    /// globalization, so Unicode decomposition is not available; the accented letters of the glossary's languages are
    /// mapped here.
    /// </summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => "a",
                'ç' => "c",
                'è' or 'é' or 'ê' or 'ë' => "e",
                'ì' or 'í' or 'î' or 'ï' => "i",
                'ñ' => "n",
                'ò' or 'ó' or 'ô' or 'õ' or 'ö' => "o",
                'ù' or 'ú' or 'û' or 'ü' => "u",
                'ý' or 'ÿ' => "y",
                'ą' => "a",
                'ć' => "c",
                'ę' => "e",
                'ğ' => "g",
                'ı' => "i",
                'ł' => "l",
                'ń' => "n",
                // Romanian writes s and t with a comma below ("ș", "ț") or, on older keyboards, a cedilla ("ş", "ţ").
                'ś' or 'ş' or 'ș' => "s",
                'ţ' or 'ț' => "t",
                'ź' or 'ż' => "z",
                >= '\u0300' and <= '\u036F' => string.Empty,
                'ß' => "ss",
                'œ' => "oe",
                'æ' => "ae",
                // Vietnamese: the letters of their own ("đau lưng", "dau lung"), and each vowel with its tone mark
                // (Latin Extended Additional, "ạ" to "ỹ").
                'đ' or 'Đ' => "d",
                'ă' or 'Ă' => "a",
                'ơ' or 'Ơ' => "o",
                'ư' or 'Ư' => "u",
                'ĩ' or 'Ĩ' => "i",
                'ũ' or 'Ũ' => "u",
                >= '\u1EA0' and <= '\u1EB7' => "a",
                >= '\u1EB8' and <= '\u1EC7' => "e",
                >= '\u1EC8' and <= '\u1ECB' => "i",
                >= '\u1ECC' and <= '\u1EE3' => "o",
                >= '\u1EE4' and <= '\u1EF1' => "u",
                >= '\u1EF2' and <= '\u1EF9' => "y",
                // Greek: the accent (tonos) and diaeresis, which many leave out ("πονάει", "ποναει"), and the final
                // sigma, read as the letter it is.
                'ά' => "α",
                'έ' => "ε",
                'ή' => "η",
                'ί' or 'ϊ' or 'ΐ' => "ι",
                'ό' => "ο",
                'ύ' or 'ϋ' or 'ΰ' => "υ",
                'ώ' => "ω",
                'ς' => "σ",
                // Hebrew vowel points and cantillation marks, rarely typed: read without them.
                >= '\u0591' and <= '\u05C7' => string.Empty,
                // Arabic, Urdu and Persian as people type them: without the short-vowel marks or the stretching
                // tatweel, with or without the hamza on alef ("اريد", "أريد"), and with the Arabic or the Persian and
                // Urdu keyboard's yeh, kaf and heh ("ي"/"ی", "ك"/"ک", "ة"/"ه"/"ہ").
                (>= '\u064B' and <= '\u065F') or '\u0670' or '\u0640' => string.Empty,
                'أ' or 'إ' or 'آ' or 'ٱ' => "ا",
                'ى' or 'ی' or 'ئ' => "ي",
                'ک' => "ك",
                'ؤ' => "و",
                'ة' or 'ۃ' or 'ہ' or 'ۀ' => "ه",
                // Devanagari with or without the nukta ("ज़"/"ज", "ड़"/"ड") and with chandrabindu or anusvara ("हूँ"/"हूं").
                '\u093C' => string.Empty,
                >= '\u0958' and <= '\u095F' => "कखगजडढफय"[c - '\u0958'].ToString(),
                '\u0901' => "\u0902",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private bool TryEntryAt(string text, List<(int Start, int Length)> words, int w, out string english, out int length, out string? elided)
    {
        elided = null;
        var first = FoldedWord(text, words[w]);
        if (TryLongest(text, words, w, first, out english, out length))
        {
            return true;
        }

        // "j'ai", "l'urine": the word after the apostrophe, with what the elided word stands for before it.
        var apostrophe = first.IndexOf('\'');
        if (apostrophe is > 0 and <= 2 && apostrophe < first.Length - 1 && Elisions.TryGetValue(first[..apostrophe].ToString(), out var before)
            && TryLongest(text, words, w, first[(apostrophe + 1)..], out english, out length))
        {
            elided = before;
            return true;
        }

        if (first.Length > 2 && first[0] is (>= '\u0600' and <= '\u06FF') or (>= '\u05D0' and <= '\u05EA'))
        {
            foreach (var prefix in JoinedPrefixes)
            {
                if (first.Length - prefix.Length >= 2 && first.StartsWith(prefix, StringComparison.Ordinal)
                    && TryLongest(text, words, w, first[prefix.Length..], out english, out length))
                {
                    return true;
                }
            }
        }

        if (first.Length > 2 && first[^1] is >= '\uAC00' and <= '\uD7A3')
        {
            foreach (var ending in KoreanEndings)
            {
                if (first.Length - ending.Length >= 2 && first.EndsWith(ending, StringComparison.Ordinal)
                    && TryLongest(text, words, w, first[..^ending.Length], out english, out length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool TryLongest(string text, List<(int Start, int Length)> words, int w, ReadOnlySpan<char> first, out string english, out int length)
    {
        english = "";
        length = 0;
        if (!lookup.TryGetValue(first, out var candidates))
        {
            return false;
        }

        foreach (var (entryWords, entryEnglish) in candidates)
        {
            if (w + entryWords.Length > words.Count)
            {
                continue;
            }

            var matches = true;
            for (var k = 1; k < entryWords.Length && matches; k++)
            {
                matches = FoldedWord(text, words[w + k]).SequenceEqual(entryWords[k]);
            }

            if (matches)
            {
                english = entryEnglish;
                length = entryWords.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>A word as entries are compared: the text itself when it is plain ASCII (most words), no copy made.</summary>
    private static ReadOnlySpan<char> FoldedWord(string text, (int Start, int Length) word)
    {
        var span = text.AsSpan(word.Start, word.Length);
        return System.Text.Ascii.IsValid(span) ? span : Fold(span.ToString()).AsSpan();
    }

    /// <summary>
    /// Han characters, Japanese kana and Thai: scripts written without spaces between words, where each character is
    /// read as a word of its own, so that an entry ("腰疼", "坐着", "ปวดหลัง") is found wherever it stands in a sentence.
    /// </summary>
    internal static bool IsUnspacedScript(char c) =>
        c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u3040' and <= '\u30FF') or (>= '\u0E00' and <= '\u0E7F');

    /// <summary>An entry's words as a message's are read: split at spaces, and each character of an unspaced script apart.</summary>
    private static string[] EntryWords(string entry)
    {
        var words = new List<string>();
        foreach (var word in entry.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var run = 0;
            for (var i = 0; i < word.Length; i++)
            {
                if (IsUnspacedScript(word[i]))
                {
                    if (i > run)
                    {
                        words.Add(word[run..i]);
                    }

                    words.Add(word[i].ToString());
                    run = i + 1;
                }
            }

            if (run < word.Length)
            {
                words.Add(word[run..]);
            }
        }

        return [.. words];
    }

    /// <summary>The message's words: letters, digits, apostrophes and hyphens between spaces and punctuation; each
    /// character of an unspaced script is a word by itself.</summary>
    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>(16);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var unspaced = i < text.Length && IsUnspacedScript(text[i]);
            var inWord = i < text.Length && !unspaced && (WordCharacters.IsLetterDigitOrMark(text[i]) || text[i] is '\'' or '-');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add((start, i - start));
                start = -1;
            }

            if (unspaced)
            {
                words.Add((i, 1));
            }
        }

        return words;
    }
}
