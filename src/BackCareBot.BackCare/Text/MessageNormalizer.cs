using System.Buffers;

namespace BackCareBot.BackCare.Text;

/// <summary>
/// Turns whatever a channel delivers (HTML from Teams, <c>&lt;at&gt;</c> markup, control characters, emoji,
/// 100,000 characters) into a <see cref="NormalizedMessage"/>. The work is bounded: at most
/// <see cref="MaxRawLength"/> characters are read and <see cref="MaxAnalysedLength"/> kept, so a huge message
/// costs the same as a long one.
/// </summary>
public static class MessageNormalizer
{
    /// <summary>Longer than any real question about a stiff back; the rest of a longer message is not analysed.</summary>
    public const int MaxAnalysedLength = 1000;

    /// <summary>Markup can inflate text, so a little more raw input than is analysed is read.</summary>
    public const int MaxRawLength = 4 * MaxAnalysedLength;

    public static NormalizedMessage Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return NormalizedMessage.Empty;
        }

        var raw = text.AsSpan(0, Math.Min(text.Length, MaxRawLength));
        var buffer = ArrayPool<char>.Shared.Rent(MaxAnalysedLength);
        try
        {
            var length = 0;
            var pendingSpace = false;
            var truncated = text.Length > MaxRawLength;
            for (var i = 0; i < raw.Length; i++)
            {
                var c = raw[i];
                if (c == '<' && TrySkipTag(raw, ref i))
                {
                    pendingSpace = true;
                    continue;
                }

                if (c == '&' && TryDecodeEntity(raw, ref i, out var decoded))
                {
                    c = decoded;
                }

                if (c >= 0x2000 && EmojiWords.At(raw, i, out var width) is { } word)
                {
                    // An emoji standing for a word is read as that word, spaced from its neighbours.
                    if (length + word.Length + 2 > MaxAnalysedLength)
                    {
                        truncated = true;
                        break;
                    }

                    if (length > 0)
                    {
                        buffer[length++] = ' ';
                    }

                    word.CopyTo(buffer.AsSpan(length));
                    length += word.Length;
                    pendingSpace = true;
                    i += width - 1;
                    continue;
                }

                c = Fold(c);
                if (c == ' ')
                {
                    pendingSpace = length > 0;
                    continue;
                }

                // "腰痛が1ヶ月": a digit or a Latin letter beside a Han or kana character is a word of its own, as a space
                // would make it in other scripts.
                pendingSpace |= length > 0 && buffer[length - 1] != ' '
                    && MessageGlossary.IsUnspacedScript(buffer[length - 1]) != MessageGlossary.IsUnspacedScript(c)
                    && char.IsLetterOrDigit(buffer[length - 1]) && char.IsLetterOrDigit(c);
                var needed = pendingSpace ? 2 : 1;
                if (length + needed > MaxAnalysedLength)
                {
                    truncated = true;
                    break;
                }

                if (pendingSpace)
                {
                    buffer[length++] = ' ';
                    pendingSpace = false;
                }

                buffer[length++] = c;
            }

            return length == 0 ? NormalizedMessage.Empty : new NormalizedMessage(new string(buffer, 0, length), truncated);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Maps a character to lower case, plain apostrophes and dashes, ASCII digits, or a space for anything that is not text.
    /// </summary>
    private static char Fold(char c)
    {
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return c;
        }

        if (c is >= 'A' and <= 'Z')
        {
            return (char)(c + ('a' - 'A'));
        }

        return c switch
        {
            // The Hebrew geresh ("מסאז׳", "צ׳") is typed as an apostrophe too.
            '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u05F3' => '\'',
            '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
            '.' or ',' or '?' or '!' or ';' or ':' or '/' or '%' or '+' => c,
            // Chinese and Japanese punctuation: the clause and sentence breaks negation and scope rely on.
            '\uFF0C' or '\u3001' => ',',
            '\u3002' or '\uFF0E' => '.',
            '\uFF1F' => '?',
            '\uFF01' => '!',
            '\uFF1B' => ';',
            '\uFF1A' => ':',
            // Arabic, Urdu and Persian punctuation (، ؛ ؟ ۔) and the Devanagari danda (।): the same breaks.
            '\u060C' => ',',
            '\u061B' => ';',
            '\u061F' => '?',
            '\u06D4' or '\u0964' or '\u0965' => '.',
            // "৫ দিন", "٣ أيام", "๓ วัน": a digit of another script is the same digit ("5 দিন"), read as a number.
            _ when char.IsDigit(c) => (char)('0' + char.GetNumericValue(c)),
            _ when char.IsLetter(c) => char.ToLowerInvariant(c),
            _ when WordCharacters.IsCombiningMark(c) => c,
            _ => ' ',
        };
    }

    /// <summary>Skips an HTML-like tag (<c>&lt;at&gt;</c>, <c>&lt;p&gt;</c>, <c>&lt;/div&gt;</c>); a lone '&lt;' is kept as a space.</summary>
    private static bool TrySkipTag(ReadOnlySpan<char> raw, ref int index)
    {
        var rest = raw[(index + 1)..];
        if (rest.IsEmpty || !(char.IsAsciiLetter(rest[0]) || rest[0] is '/' or '!'))
        {
            return false;
        }

        // "<at>BackCareBot</at> help": a mention that opens the message names who is spoken to, not what is said.
        // Anywhere else it may name someone the message is about ("my colleague <at>Priya</at> has a fever"): kept.
        if (raw[..index].IsWhiteSpace() && rest.StartsWith("at>", StringComparison.OrdinalIgnoreCase)
            && rest[..Math.Min(rest.Length, 256)].IndexOf("</at>", StringComparison.OrdinalIgnoreCase) is var close and >= 0)
        {
            index += close + "</at>".Length;
            return true;
        }

        var end = rest[..Math.Min(rest.Length, 256)].IndexOf('>');
        if (end < 0)
        {
            return false;
        }

        index += end + 1;
        return true;
    }

    private static bool TryDecodeEntity(ReadOnlySpan<char> raw, ref int index, out char decoded)
    {
        var rest = raw[index..];
        var end = rest[..Math.Min(rest.Length, 10)].IndexOf(';');
        decoded = default;
        if (end < 2)
        {
            return false;
        }

        decoded = rest[1..end] switch
        {
            "amp" => '&',
            "nbsp" => ' ',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" or "#39" or "#x27" => '\'',
            _ => default,
        };
        if (decoded == default)
        {
            return false;
        }

        index += end;
        return true;
    }
}
