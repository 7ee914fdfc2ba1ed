namespace BackCareBot.Conversation.Dialogs;

/// <summary>
/// A fingerprint of a reply's text that is the same in every process (FNV-1a; <see cref="string.GetHashCode()"/> is
/// randomised per process), so a repeat is seen across a restart. Only the bot's own words are fingerprinted.
/// </summary>
internal static class ReplyPrint
{
    public static int Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)hash | 1;
    }
}
