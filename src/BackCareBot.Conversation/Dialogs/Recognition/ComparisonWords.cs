namespace BackCareBot.Conversation.Dialogs.Recognition;

/// <summary>Whether a message sets two things side by side: "foam roller or massage ball?", "standing desk vs stretching".</summary>
internal static class ComparisonWords
{
    private static readonly string[] Markers = [" or ", " vs ", " versus ", " better than ", " compared to ", " compared with ", " difference between "];

    /// <param name="key">The message as a phrase key (lower case, single spaces).</param>
    public static bool Compares(string key)
    {
        var padded = " " + key + " ";
        foreach (var marker in Markers)
        {
            if (padded.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
