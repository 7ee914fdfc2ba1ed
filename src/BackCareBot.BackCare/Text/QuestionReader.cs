using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Text;

/// <summary>
/// Whether a message asks something: a question mark, or a clause that opens with a question word ("sharp pain in
/// my back, should I get a standing desk"). "I get a sharp pain when I stand up" tells, it does not ask.
/// </summary>
public static class QuestionReader
{
    private static readonly HashSet<string> QuestionWords =
    [
        "what", "whats", "how", "hows", "why", "which", "who", "where", "should", "shall", "can", "could", "would",
        "will", "is", "are", "do", "does", "did", "any", "anything", "tips", "advice",
    ];

    private static readonly char[] ClauseMarks = [',', '.', ';', ':', '!', '-'];

    public static bool IsQuestion(string? text)
    {
        var normalized = MessageNormalizer.Normalize(text).Text;
        return normalized.Contains('?', StringComparison.Ordinal)
            || normalized.Split(ClauseMarks, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(clause => PhraseKey.Of(clause).Split(' ')[0])
                .Any(QuestionWords.Contains);
    }
}
