using BackCareBot.BackCare.Triage.Language;

namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>Whether a duration found in a message is about the pain, judged from the words around it.</summary>
internal static class DurationContext
{
    /// <summary>A count of years said right after "I am" is an age however it is worded ("I am 40 years, I work in office").</summary>
    private static readonly TimeSpan AgeLength = TimeSpan.FromDays(365);

    /// <summary>
    /// No daily or weekly activity lasts a week: "8 months, every day" and "3 weeks every day" are lengths; "8 hours a
    /// day" (which the recogniser reads as 32 hours) and "5 days a week" are frequencies.
    /// </summary>
    private static readonly TimeSpan LongerThanAnyFrequency = TimeSpan.FromDays(7);

    /// <summary>Not an age ("55 years old", "I am 40 years"), a frequency ("8 hours a day") or an activity ("hold for 30 seconds").</summary>
    /// <param name="ago">The word "ago": a time ago is when something began ("sore from the gym 2 days ago"), whatever
    /// was done then.</param>
    public static bool IsAboutPain(DurationCandidate candidate, ReadOnlySpan<Token> tokens, int ago)
    {
        if (candidate.Last + 1 < tokens.Length && tokens[candidate.Last + 1].Has(WordFlags.AgeWord))
        {
            return false;
        }

        if (candidate.First > 0 && tokens[candidate.First - 1].Has(WordFlags.AgeLead) && candidate.Value >= AgeLength)
        {
            return false;
        }

        // "i sat 14 hrs": the recogniser reads "sat 14" as Saturday the 14th; a verb of sitting before a number is the
        // activity's length, not a date.
        if (tokens[candidate.First].Has(WordFlags.Activity) && candidate.First + 1 < tokens.Length && tokens[candidate.First + 1].Number >= 0)
        {
            return false;
        }

        // "8 hours a day" is a frequency; "8 months, every day" is how long it has lasted, and how often it hurts.
        for (var k = candidate.First + 1; candidate.Value < LongerThanAnyFrequency && k <= candidate.Last + 1 && k + 1 < tokens.Length; k++)
        {
            if (tokens[k].Has(WordFlags.FrequencyLead) && tokens[k - 1].Has(WordFlags.TimeHint) && tokens[k + 1].Has(WordFlags.TimeUnit))
            {
                return false;
            }
        }

        var endsAgo = tokens[candidate.Last].Word == ago
            || (candidate.Last + 1 < tokens.Length && tokens[candidate.Last + 1].Word == ago);
        var scope = tokens[candidate.First].Scope;
        for (var p = candidate.First - 1; p >= 0 && p >= candidate.First - 3 && tokens[p].Scope == scope; p--)
        {
            // "no wait, more like 2 weeks" and "oh wait no 3 days" correct an answer; "wait 2 weeks" is an activity.
            var correction = (p > 0 && tokens[p - 1].Has(WordFlags.AnswerWord)) || tokens[p + 1].Has(WordFlags.AnswerWord);
            // "every 2 hours" is a frequency; "ached every day for 3 weeks" is a length after one.
            var frequencyBefore = tokens[p].Has(WordFlags.FrequencyLead) && p < candidate.First - 1;
            // "hold for 30 seconds" is the activity's length; "achy after a long drive yesterday" says when the ache
            // began, as a time ago does.
            if (tokens[p].Has(WordFlags.Activity) && !frequencyBefore && !correction && !endsAgo && !candidate.IsPoint)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A short message that is nothing but a duration and filler words answers "how long?".</summary>
    public static bool IsBareAnswer(ReadOnlySpan<Token> tokens, List<DurationCandidate> candidates)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].Has(WordFlags.Filler) && tokens[i].Number < 0 && !candidates.Exists(candidate => candidate.Covers(i)))
            {
                return false;
            }
        }

        return true;
    }
}
