using System.Collections;
using System.Globalization;
using Microsoft.Recognizers.Text;

namespace BackCareBot.BackCare.Triage.Durations;

/// <summary>
/// Turns one Microsoft.Recognizers.Text date-time result into how long ago something started: a duration as is
/// ("two weeks"), a date, time or range as the time elapsed from its start to the reference. Future and nonsense
/// dates give nothing.
/// </summary>
internal static class RecognizedTime
{
    /// <summary>Anything said to have started longer ago than this is nonsense for a back-pain duration.</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromDays(100 * 365);

    private static readonly string[] PointFormats = ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "HH:mm:ss"];

    /// <returns>The elapsed time, and whether the words were a length of time ("a week") rather than a point
    /// ("last Friday"); null when the result says nothing usable.</returns>
    public static (TimeSpan Value, bool IsLength)? Resolve(ModelResult result, DateTime reference)
    {
        if (result.Resolution is null || !result.Resolution.TryGetValue("values", out var values) || values is not IEnumerable list)
        {
            return null;
        }

        DateTime? best = null;
        foreach (var item in list)
        {
            if (item is not IDictionary<string, string> value)
            {
                continue;
            }

            var type = Get(value, "type");
            var timex = Get(value, "timex") ?? string.Empty;
            var mod = Get(value, "Mod");
            if (timex == "PRESENT_REF" || mod is "before" or "until")
            {
                continue;
            }

            if (type == "duration")
            {
                return Length(Get(value, "value"), mod);
            }

            if (Start(type, value, timex, reference) is { } start && (best is null || start > best))
            {
                best = start;
            }
        }

        return Elapsed(best, reference) is { } elapsed ? (elapsed, false) : null;
    }

    /// <summary>A little more than said ("over a week" is at least 8 days).</summary>
    public static TimeSpan MoreThan(TimeSpan value) => value + Step(value);

    /// <summary>A little less than said ("almost a week" is 6 days).</summary>
    public static TimeSpan LessThan(TimeSpan value) => value - Step(value);

    private static TimeSpan Step(TimeSpan value) => value >= TimeSpan.FromDays(2) ? TimeSpan.FromDays(1) : value / 2;

    private static string? Get(IDictionary<string, string> value, string key) => value.TryGetValue(key, out var text) ? text : null;

    private static (TimeSpan, bool)? Length(string? seconds, string? mod) =>
        double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && Length(value, mod) is { } length
            ? (length, true)
            : null;

    /// <summary>A length of <paramref name="seconds"/> as the recogniser's "Mod" qualifies it ("more than a week").</summary>
    public static TimeSpan? Length(double seconds, string? mod)
    {
        if (seconds < 0 || seconds > Longest.TotalSeconds)
        {
            return null;
        }

        var length = TimeSpan.FromSeconds(seconds);
        return mod switch
        {
            "more" => MoreThan(length),
            "less" => LessThan(length),
            _ => length,
        };
    }

    /// <summary>The time elapsed since <paramref name="start"/>, if it is not in the future and not absurdly long ago.</summary>
    public static TimeSpan? Elapsed(DateTime? start, DateTime reference)
    {
        if (start is not { } begun)
        {
            return null;
        }

        var elapsed = reference - begun;
        return elapsed < TimeSpan.Zero || elapsed > Longest ? null : elapsed;
    }

    /// <summary>The latest plausible start the value allows: not in the future, and for a bare weekday not today.</summary>
    private static DateTime? Start(string? type, IDictionary<string, string> value, string timex, DateTime reference)
    {
        var text = type switch
        {
            "date" or "datetime" or "time" => Get(value, "value"),
            "daterange" or "datetimerange" or "timerange" => Get(value, "start"),
            _ => null,
        };
        var start = Parse(text, reference) ?? SeasonStart(timex);
        if (start is not { } begun)
        {
            return null;
        }

        var kind = timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal) ? PointKind.BareWeekday
            : timex.EndsWith("-WE", StringComparison.Ordinal) ? PointKind.Weekend
            : PointKind.Other;
        return Start(begun, kind, reference);
    }

    /// <summary>
    /// The start a point in time gives a duration: not in the future, and for a bare weekday not today. Shared with
    /// <see cref="CommonTimeReader"/>, which computes the same points without the recogniser.
    /// </summary>
    public static DateTime? Start(DateTime begun, PointKind kind, DateTime reference)
    {
        if (kind == PointKind.BareWeekday && begun.Date == reference.Date)
        {
            // "since Wednesday", said on a Wednesday, means last week's.
            return null;
        }

        if (kind == PointKind.BareWeekday && begun <= reference)
        {
            // A weekday is a day, not its midnight: "since Monday", said on the next Monday, is a week to the day. (Today
            // itself was ruled out above, so the day is always an earlier one.)
            return begun.Date.Add(reference.TimeOfDay);
        }

        if (begun <= reference)
        {
            return begun;
        }

        if (kind == PointKind.Weekend && begun.AddDays(-7) <= reference)
        {
            // "since the weekend" resolves to the coming one.
            return begun.AddDays(-7);
        }

        // "since this morning" at 7 am: new pain today.
        return begun.Date == reference.Date && kind != PointKind.BareWeekday ? reference : null;
    }

    private static DateTime? Parse(string? text, DateTime reference)
    {
        if (string.IsNullOrEmpty(text)
            || !DateTime.TryParseExact(text, PointFormats, CultureInfo.InvariantCulture, DateTimeStyles.NoCurrentDateDefault, out var parsed))
        {
            return null;
        }

        // A bare time ("since 8am") parses onto day one; it means today.
        return parsed.Date == DateTime.MinValue.Date ? reference.Date + parsed.TimeOfDay : parsed;
    }

    /// <summary>Seasons ("since last summer") come back as a timex like 2024-SU with no start date.</summary>
    private static DateTime? SeasonStart(string timex)
    {
        if (timex.Length != 7 || timex[4] != '-'
            || !int.TryParse(timex.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        return timex[5..] switch
        {
            "SP" => new DateTime(year, 3, 20, 0, 0, 0, DateTimeKind.Unspecified),
            "SU" => new DateTime(year, 6, 21, 0, 0, 0, DateTimeKind.Unspecified),
            "FA" => new DateTime(year, 9, 22, 0, 0, 0, DateTimeKind.Unspecified),
            "WI" => new DateTime(year, 12, 21, 0, 0, 0, DateTimeKind.Unspecified),
            _ => null,
        };
    }
}
