using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Knowledge.Words;

/// <summary>
/// Splits normalized text into words: runs of letters and digits, with apostrophes kept inside a word ("child's")
/// and dropped at its ends. Hyphens and slashes separate words ("half-kneeling" = "half kneeling").
/// </summary>
internal ref struct WordTokenizer(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _position;

    public WordToken Current { get; private set; }

    public bool MoveNext()
    {
        var sawBreak = false;
        while (_position < _text.Length && !IsWordChar(_text[_position]))
        {
            sawBreak |= IsBreak(_text[_position]);
            _position++;
        }

        if (_position >= _text.Length)
        {
            return false;
        }

        var start = _position;
        while (_position < _text.Length && (IsWordChar(_text[_position]) || IsInnerApostrophe(_position)))
        {
            _position++;
        }

        Current = new WordToken(start, _position - start, sawBreak);
        return true;
    }

    private readonly bool IsInnerApostrophe(int index) =>
        _text[index] == '\'' && index + 1 < _text.Length && IsWordChar(_text[index + 1]);

    private static bool IsWordChar(char c) => WordCharacters.IsLetterDigitOrMark(c);

    private static bool IsBreak(char c) => c is '.' or ',' or '?' or '!' or ';' or ':';
}
