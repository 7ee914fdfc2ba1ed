using System.Text;

namespace BackCareBot.Transcripts.Chatdown;

/// <summary>The text of one turn (from its speaker line to the next), remembering where each line came from for errors.</summary>
internal sealed class ChatdownBody
{
    private readonly StringBuilder _text = new();
    private readonly List<(int Start, int Line, int Column)> _lines = [];

    public string Text => _text.ToString();

    public bool IsBlank => _lines.Count == 0 || string.IsNullOrWhiteSpace(Text);

    public void AddLine(string text, int line, int column)
    {
        if (_lines.Count > 0)
        {
            _text.Append('\n');
        }

        _lines.Add((_text.Length, line, column));
        _text.Append(text);
    }

    /// <summary>The 1-based line and column of the character at <paramref name="index"/> of <see cref="Text"/>.</summary>
    public (int Line, int Column) LocationOf(int index)
    {
        if (_lines.Count == 0)
        {
            return (0, 0);
        }

        var at = _lines.FindLastIndex(line => line.Start <= index);
        var (start, number, column) = _lines[Math.Max(at, 0)];
        return (number, column + index - start);
    }
}
