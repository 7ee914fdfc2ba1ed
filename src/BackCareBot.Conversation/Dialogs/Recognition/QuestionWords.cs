namespace BackCareBot.Conversation.Dialogs.Recognition;

/// <summary>
/// Whether a message asks something rather than states it: a question mark, or a question word first. Used only to
/// tell a new question from an attempt to answer the bot's own.
/// </summary>
internal static class QuestionWords
{
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "what", "whats", "how", "hows", "why", "when", "where", "which", "who", "whos", "should", "can", "could", "is",
        "are", "do", "does", "did", "will", "would", "any", "anything",
    };

    /// <param name="key">The message as a phrase key (<see cref="PhraseKey"/>): lower case, words separated by spaces.</param>
    /// <param name="text">The message as typed.</param>
    public static bool IsQuestion(string key, string? text)
    {
        if (text?.Contains('?', StringComparison.Ordinal) == true)
        {
            return true;
        }

        var space = key.IndexOf(' ', StringComparison.Ordinal);
        return Openers.Contains(space < 0 ? key : key[..space]);
    }
}
