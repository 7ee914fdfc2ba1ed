using BackCareBot.BackCare.Triage.Language;

namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>
/// A unit of time said on its own as the answer to "how long?": "fortnight", "weeks", "months probably". Neither
/// reader takes a unit without a count, and asking again would cost the person a turn they already spent. One
/// unit for the singular, a couple for the plural (as "for weeks" in dialogs/rules/durations.yaml): "weeks" is past
/// the one-week rule, "days" is not.
/// </summary>
internal sealed class BareUnitAnswer
{
    /// <summary>Words this class looks up by name; they must be in the lexicon.</summary>
    public static IReadOnlyList<string> WordsUsed { get; } =
        ["day", "days", "week", "weeks", "fortnight", "fortnights", "month", "months", "year", "years"];

    private readonly Dictionary<int, TimeSpan> units;

    public BareUnitAnswer(Lexicon lexicon)
    {
        var day = TimeSpan.FromDays(1);
        units = new Dictionary<int, TimeSpan>
        {
            [lexicon.Find("day")] = day,
            [lexicon.Find("days")] = 2 * day,
            [lexicon.Find("week")] = 7 * day,
            [lexicon.Find("weeks")] = 14 * day,
            [lexicon.Find("fortnight")] = 14 * day,
            [lexicon.Find("fortnights")] = 28 * day,
            [lexicon.Find("month")] = 30 * day,
            [lexicon.Find("months")] = 60 * day,
            [lexicon.Find("year")] = 365 * day,
            [lexicon.Find("years")] = 730 * day,
        };
    }

    /// <summary>The length of a message whose only word of substance is one unit, with no number; otherwise null.</summary>
    public DurationCandidate? Read(ReadOnlySpan<Token> tokens)
    {
        DurationCandidate? found = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            if (units.TryGetValue(tokens[i].Word, out var length))
            {
                // "not weeks", "under weeks", "weeks or days": no single length to take.
                if (found is not null || (i > 0 && tokens[i - 1].Has(WordFlags.Negator | WordFlags.LessThan)))
                {
                    return null;
                }

                found = new DurationCandidate(length, i, i);
            }
            else if (!tokens[i].Has(WordFlags.Filler) || tokens[i].Has(WordFlags.LessThan) || tokens[i].Number >= 0)
            {
                return null;
            }
        }

        return found;
    }
}
