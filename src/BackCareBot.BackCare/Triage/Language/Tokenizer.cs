using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Triage.Language;

/// <summary>
/// Splits normalized text into <see cref="Token"/>s with their sentence, segment and negation scope. Linear in the
/// text and allocation-free: the caller supplies the token buffer.
/// </summary>
internal sealed class Tokenizer
{
    /// <summary>A 1000-character message has at most 500 words.</summary>
    public const int MaxTokens = 512;

    private readonly Lexicon lexicon;
    private readonly int can;
    private readonly int not;
    private readonly int cannot;

    public Tokenizer(Lexicon lexicon)
    {
        this.lexicon = lexicon;
        can = lexicon.Find("can");
        not = lexicon.Find("not");
        cannot = lexicon.Find("cannot");
    }

    public int Tokenize(string text, Span<Token> tokens)
    {
        var state = new Position();
        var count = 0;
        var i = 0;
        while (i < text.Length && count < tokens.Length)
        {
            var c = text[i];
            if (!IsWordChar(c))
            {
                state.Note(c);
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (IsWordChar(text[i]) || IsDecimalPoint(text, i)))
            {
                i++;
            }

            var end = i;
            while (start < end && text[start] == '\'')
            {
                start++;
            }

            while (end > start && text[end - 1] == '\'')
            {
                end--;
            }

            if (start < end)
            {
                var percent = i < text.Length && text[i] == '%';
                var word = text.AsSpan(start, end - start);
                var digits = GluedUnitAt(word);
                if (digits > 0)
                {
                    // "6kg", "62yo", "5mins": the number and its unit are two words to the rules.
                    count = Add(word[..digits], start, percent: false, tokens, count, ref state);
                    if (count < tokens.Length)
                    {
                        count = Add(word[digits..], start + digits, percent, tokens, count, ref state);
                    }
                }
                else
                {
                    count = Add(word, start, percent, tokens, count, ref state);
                }
            }
        }

        JoinCompoundNumbers(text, tokens[..count]);
        JoinListScopes(tokens[..count]);
        return count;
    }

    /// <summary>
    /// Where a number glued to a unit ends ("6kg" → 1), or 0: the word is not one the rules know as a whole, starts
    /// with digits and goes on in letters that are not an ordinal ("2nd" stays one word).
    /// </summary>
    private int GluedUnitAt(ReadOnlySpan<char> word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits == word.Length || lexicon.Find(word) != Lexicon.UnknownWord)
        {
            return 0;
        }

        var suffix = word[digits..];
        foreach (var c in suffix)
        {
            if (!char.IsAsciiLetter(c))
            {
                return 0;
            }
        }

        // Ordinals stay one word ("2nd"), and so do clock times and "2ish", which the date recogniser reads as written;
        // a length glued to its unit ("2wks", "10days") splits, so the common reader takes it as it takes "2 wks".
        return suffix is "st" or "nd" or "rd" or "th" || IsClockSuffix(suffix) ? 0 : digits;
    }

    private static bool IsClockSuffix(ReadOnlySpan<char> suffix) =>
        suffix is "am" or "pm" or "s" or "sec" or "secs" or "m" or "h" or "ish";

    /// <param name="percent">The word is followed by '%': "60%" is not an age.</param>
    private int Add(ReadOnlySpan<char> word, int start, bool percent, Span<Token> tokens, int count, ref Position state)
    {
        var id = lexicon.Find(word);
        if (id == Lexicon.UnknownWord && !percent && char.IsAsciiLetter(word[0]))
        {
            // "numbnes", "bladdder": a word a warning sign hangs on, typed one letter off.
            id = lexicon.FindWithTypo(word);
        }

        if (id == Lexicon.UnknownWord && word.Length > 2 && word.EndsWith("'s", StringComparison.Ordinal))
        {
            // "life's not worth living" reads as "life": the rules name words, not their contractions.
            id = lexicon.Find(word[..^2]);
        }

        if (id == not && id != Lexicon.UnknownWord && count > 0 && tokens[count - 1].Word == can && !state.HasPendingBreak)
        {
            // "can not" means "cannot": an inability, not a negation.
            var previous = tokens[count - 1];
            tokens[count - 1] = previous with { Word = cannot, Length = start + word.Length - previous.Start, Flags = lexicon.FlagsOf(cannot) };
            return count;
        }

        var flags = lexicon.FlagsOf(id);
        var afterComma = state.HasPendingComma;
        state.Advance(flags);
        var (number, ordinal) = percent ? (-1, false)
            : char.IsAsciiDigit(word[0]) ? ParseNumber(word)
            : (lexicon.NumberOf(id), false);
        tokens[count] = new Token(
            start,
            word.Length,
            id,
            lexicon.PrefixesOf(word, id),
            number,
            ordinal,
            flags,
            state.Sentence,
            state.Segment,
            state.Scope,
            afterComma);
        return count + 1;
    }

    private static (int Number, bool Ordinal) ParseNumber(ReadOnlySpan<char> word)
    {
        var value = 0;
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            if (digits < 6)
            {
                value = (value * 10) + (word[digits] - '0');
            }

            digits++;
        }

        var suffix = word[digits..];
        var ordinal = suffix is "st" or "nd" or "rd" or "th";
        return (value, ordinal);
    }

    /// <summary>"sixty five" and "sixty-five" are one number.</summary>
    private static void JoinCompoundNumbers(string text, Span<Token> tokens)
    {
        for (var k = 0; k + 1 < tokens.Length; k++)
        {
            var tens = tokens[k];
            var unit = tokens[k + 1];
            if (tens.Number is >= 20 and <= 90 && tens.Number % 10 == 0 && unit.Number is >= 1 and <= 9
                && char.IsAsciiLetter(text[tens.Start]) && char.IsAsciiLetter(text[unit.Start]) && unit.Scope == tens.Scope)
            {
                tokens[k] = tens with { Number = tens.Number + unit.Number };
            }
        }
    }

    /// <summary>
    /// A comma inside a list of single words ending in "or" does not end a negation: "I don't have any numbness,
    /// tingling, weakness or bladder problems". Any longer item ("no fever, legs numb") keeps the comma as a break.
    /// </summary>
    private static void JoinListScopes(Span<Token> tokens)
    {
        for (var i = 1; i < tokens.Length; i++)
        {
            if (!tokens[i].AfterComma || tokens[i].Has(WordFlags.Subject) || !IsOneWordListItem(tokens, i))
            {
                continue;
            }

            var joined = tokens[i].Scope;
            for (var k = i; k < tokens.Length && tokens[k].Scope == joined; k++)
            {
                tokens[k] = tokens[k] with { Scope = tokens[i - 1].Scope };
            }
        }
    }

    private static bool IsOneWordListItem(Span<Token> tokens, int item)
    {
        for (var next = item + 1; next < tokens.Length && tokens[next].Segment == tokens[item].Segment; next++)
        {
            if (tokens[next].Has(WordFlags.ListJoin))
            {
                return true;
            }

            if (!tokens[next].AfterComma || tokens[next].Has(WordFlags.Subject))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsWordChar(char c) => WordCharacters.IsLetterDigitOrMark(c) || c == '\'';

    private static bool IsDecimalPoint(string text, int i) =>
        text[i] == '.' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]);

    /// <summary>Where the tokenizer is: the current sentence, segment and scope, and breaks seen since the last word.</summary>
    private struct Position
    {
        /// <summary>A sentence of at most this many words is a fragment of the next one: "Back. Bad. Legs. Both. Numb.", "Now both legs. Numb."</summary>
        private const int FragmentWords = 3;

        private bool pendingSentence;
        private bool pendingScope;
        private int wordsInSentence;

        public int Sentence { get; private set; }

        public int Segment { get; private set; }

        public int Scope { get; private set; }

        public readonly bool HasPendingBreak => pendingSentence || pendingScope;

        public readonly bool HasPendingComma => pendingScope && !pendingSentence;

        public void Note(char c)
        {
            switch (c)
            {
                case '.' or '!' or '?' or ';':
                    pendingSentence = true;
                    break;
                case ',' or ':':
                    pendingScope = true;
                    break;
            }
        }

        public void Advance(WordFlags flags)
        {
            if (pendingSentence)
            {
                // Telegraphic writing splits one thought into fragments ("Down there. It's numb."): a fragment stays in
                // the segment of what follows, so the rules can reach across it; sentence and scope still end.
                Sentence++;
                Scope++;
                if (wordsInSentence > FragmentWords)
                {
                    Segment++;
                }

                wordsInSentence = 0;
            }
            else if (pendingScope || (flags & WordFlags.ScopeBreak) != 0)
            {
                Scope++;
            }

            if ((flags & WordFlags.SegmentBreak) != 0 && !pendingSentence)
            {
                Segment++;
                Scope++;
            }

            pendingSentence = false;
            pendingScope = false;
            wordsInSentence++;
        }
    }
}
