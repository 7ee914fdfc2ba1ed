using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Phrases;
using BackCareBot.BackCare.Triage.Rules;

namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>Durations the recogniser misses: vague phrases ("for ages"), abbreviations ("2 wks"), "since the 2nd".</summary>
internal sealed class SpokenDurations
{
    /// <summary>Words this class looks up by name; they must be in the lexicon.</summary>
    public static IReadOnlyList<string> WordsUsed { get; } =
        ["since", "the", "wk", "wks", "wkz", "mth", "mths", "mnth", "mnths", "yr", "yrs", "hr", "hrs", "dys"];

    private readonly int since;
    private readonly int the;
    private readonly Dictionary<int, TimeSpan> abbreviatedUnits;
    private readonly IReadOnlyList<OccasionRule> occasions;

    /// <param name="occasions">The yearly occasions of the rules ("since pancake day"), by index.</param>
    public SpokenDurations(Lexicon lexicon, IReadOnlyList<OccasionRule>? occasions = null)
    {
        this.occasions = occasions ?? [];
        since = lexicon.Find("since");
        the = lexicon.Find("the");
        abbreviatedUnits = new Dictionary<int, TimeSpan>
        {
            [lexicon.Find("wk")] = TimeSpan.FromDays(7),
            [lexicon.Find("wks")] = TimeSpan.FromDays(7),
            [lexicon.Find("wkz")] = TimeSpan.FromDays(7),
            [lexicon.Find("mth")] = TimeSpan.FromDays(30),
            [lexicon.Find("mths")] = TimeSpan.FromDays(30),
            [lexicon.Find("mnth")] = TimeSpan.FromDays(30),
            [lexicon.Find("mnths")] = TimeSpan.FromDays(30),
            [lexicon.Find("yr")] = TimeSpan.FromDays(365),
            [lexicon.Find("yrs")] = TimeSpan.FromDays(365),
            [lexicon.Find("hr")] = TimeSpan.FromHours(1),
            [lexicon.Find("hrs")] = TimeSpan.FromHours(1),
            [lexicon.Find("dys")] = TimeSpan.FromDays(1),
        };
    }

    public void Add(PhraseScan scan, ReadOnlySpan<Token> tokens, DateTime reference, List<DurationCandidate> candidates)
    {
        AddPhrases(scan, candidates);
        AddOccasions(scan, reference, candidates);
        AddAbbreviated(tokens, candidates);
        AddDayOfMonth(tokens, reference, candidates);
    }

    /// <summary>"the pain is 9/10" is a score, not the 9th of October.</summary>
    public bool IsPainScore(DurationCandidate candidate, string text, ReadOnlySpan<Token> tokens)
    {
        var (score, outOf) = (tokens[candidate.First], tokens[candidate.Last]);
        return candidate.Last == candidate.First + 1
            && score.Number is >= 0 and <= 10
            && outOf.Number == 10
            && text.AsSpan(score.End, outOf.Start - score.End).Contains('/')
            && (candidate.First == 0 || tokens[candidate.First - 1].Word != since);
    }

    private static void AddPhrases(PhraseScan scan, List<DurationCandidate> candidates)
    {
        foreach (var match in scan.Matches)
        {
            if (match.Pattern.Set == PhraseSet.DurationPhrase && !match.Negated)
            {
                candidates.Add(new DurationCandidate(match.Pattern.Value, match.First, match.Last));
            }
        }
    }

    /// <summary>"since pancake day": the days since the latest time the occasion fell, on or before today.</summary>
    private void AddOccasions(PhraseScan scan, DateTime reference, List<DurationCandidate> candidates)
    {
        var today = DateOnly.FromDateTime(reference);
        foreach (var match in scan.Matches)
        {
            if (match.Pattern.Set != PhraseSet.Occasion || match.Negated)
            {
                continue;
            }

            var occasion = occasions[(int)match.Pattern.Value.Ticks];
            var latest = occasion.Dates.Max(date => date.LatestOnOrBefore(today));
            candidates.Add(new DurationCandidate(reference - latest.ToDateTime(TimeOnly.MinValue, reference.Kind), match.First, match.Last, IsPoint: true));
        }
    }

    /// <summary>"2 wks", "3 yrs": abbreviations the recogniser does not know.</summary>
    private void AddAbbreviated(ReadOnlySpan<Token> tokens, List<DurationCandidate> candidates)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Number > 0 && abbreviatedUnits.TryGetValue(tokens[i + 1].Word, out var unit))
            {
                candidates.Add(new DurationCandidate(unit * Math.Min(tokens[i].Number, 1000), i, i + 1));
            }
        }
    }

    /// <summary>"since the 2nd": the recogniser misses a bare day of the month after "since".</summary>
    private void AddDayOfMonth(ReadOnlySpan<Token> tokens, DateTime reference, List<DurationCandidate> candidates)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i].Word != since)
            {
                continue;
            }

            var day = tokens[i + 1].Word == the && i + 2 < tokens.Length ? i + 2 : i + 1;
            if (tokens[day].IsOrdinal && LatestDayOfMonth(reference, tokens[day].Number) is { } start)
            {
                candidates.Add(new DurationCandidate(reference - start, i, day, IsPoint: true));
            }
        }
    }

    private static DateTime? LatestDayOfMonth(DateTime reference, int day)
    {
        var month = new DateTime(reference.Year, reference.Month, 1, 0, 0, 0, reference.Kind);
        for (var back = 0; back < 3 && day is >= 1 and <= 31; back++)
        {
            var candidate = month.AddMonths(-back);
            if (day <= DateTime.DaysInMonth(candidate.Year, candidate.Month) && candidate.AddDays(day - 1) <= reference)
            {
                return candidate.AddDays(day - 1);
            }
        }

        return null;
    }
}
