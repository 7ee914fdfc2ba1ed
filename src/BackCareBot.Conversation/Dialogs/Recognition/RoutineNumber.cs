namespace BackCareBot.Conversation.Dialogs.Recognition;

/// <summary>
/// A stretch of the guided routine asked for by its number: "number 3 again", "stretch two", "step 4", "the second
/// stretch", "the 4th one on the list", "the last one".
/// </summary>
internal static class RoutineNumber
{
    /// <summary>How short a message ending on an ordinal must be to be nothing but the ordinal ("ok the third").</summary>
    private const int BareOrdinalWords = 4;

    /// <summary>How short a message naming a stretch by a bare number must be ("#2", "start with #1 in detail").</summary>
    private const int BareNumberWords = 5;

    private static readonly string[] Markers = ["number", "stretch", "step", "exercise", "tip"];

    // "stretch 3 times a day" counts, it does not name a stretch.
    private static readonly string[] Units = ["times", "time", "x", "days", "day", "weeks", "minutes", "mins", "seconds", "secs", "reps", "sets", "hours", "a"];

    private static readonly string[] Words = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

    private static readonly string[] Digits = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th"];

    // What an ordinal must stand before to name a stretch: "the second stretch", "the 4th one", not "the first time".
    private static readonly string[] Things = ["one", "stretch", "tip", "exercise", "step", "move"];

    /// <param name="key">The message as a phrase key (lower case, single spaces).</param>
    /// <param name="steps">How many stretches the routine has.</param>
    /// <param name="inRoutine">The routine is on screen: a bare ordinal ("the third", "nah actually the fourth") names its stretch.</param>
    /// <returns>The zero-based step, or null when the message names none.</returns>
    public static int? Read(string key, int steps, bool inRoutine = false)
    {
        var words = key.Split(' ');
        if (words.Length > 8)
        {
            return null;
        }

        if (inRoutine && words.Length <= BareOrdinalWords
            && Math.Max(Array.IndexOf(Ordinals, words[^1]), Array.IndexOf(Digits, words[^1])) + 1 is var bare and >= 1 && bare <= steps)
        {
            return bare - 1;
        }

        // "and the last", "#2" (read as "2"), "start with #1 in detail": in the routine, a bare number or "last" in a
        // short message names its stretch, unless a unit follows the number ("2 minutes").
        if (inRoutine && words.Length <= BareNumberWords)
        {
            if (words[^1] == "last")
            {
                return steps - 1;
            }

            for (var i = 0; i < words.Length; i++)
            {
                var counting = i + 1 < words.Length && Array.IndexOf(Units, words[i + 1]) >= 0;
                if (int.TryParse(words[i], out var number) && number >= 1 && number <= steps && !counting)
                {
                    return number - 1;
                }
            }
        }

        for (var i = 0; i + 1 < words.Length; i++)
        {
            var ordinal = words[i] == "last" ? steps : Math.Max(Array.IndexOf(Ordinals, words[i]), Array.IndexOf(Digits, words[i])) + 1;
            if (ordinal >= 1 && ordinal <= steps && Array.IndexOf(Things, words[i + 1]) >= 0)
            {
                return ordinal - 1;
            }
        }

        for (var i = 0; i + 1 < words.Length; i++)
        {
            if (Array.IndexOf(Markers, words[i]) < 0)
            {
                continue;
            }

            var n = int.TryParse(words[i + 1], out var digits) ? digits : Array.IndexOf(Words, words[i + 1]) + 1;
            var counting = i + 2 < words.Length && Array.IndexOf(Units, words[i + 2]) >= 0;
            if (n >= 1 && n <= steps && !counting)
            {
                return n - 1;
            }
        }

        return null;
    }
}
