using System.Globalization;

namespace BackCareBot.BackCare.Triage.Rules;

/// <summary>
/// A day that comes back every year, written in dialogs/rules/durations.yaml as "11-05" (month and day) or as
/// "easter-47" (days from Easter Sunday: pancake day), since the movable feasts follow Easter.
/// </summary>
/// <param name="DaysFromEaster">Set for a feast that follows Easter; <paramref name="Month"/> and
/// <paramref name="Day"/> are then unused.</param>
public sealed record OccasionDate(int Month, int Day, int? DaysFromEaster = null)
{
    /// <summary>This occasion in a year.</summary>
    public DateOnly In(int year) =>
        DaysFromEaster is { } days ? EasterSunday(year).AddDays(days) : new DateOnly(year, Month, Math.Min(Day, DateTime.DaysInMonth(year, Month)));

    /// <summary>The latest time it fell on or before <paramref name="day"/>.</summary>
    public DateOnly LatestOnOrBefore(DateOnly day) => In(day.Year) is var thisYear && thisYear <= day ? thisYear : In(day.Year - 1);

    public static bool TryParse(string text, out OccasionDate date)
    {
        date = new OccasionDate(1, 1);
        var easter = text.StartsWith("easter", StringComparison.Ordinal);
        if (easter)
        {
            var offset = text["easter".Length..];
            var days = 0;
            if (offset.Length > 0 && !(int.TryParse(offset, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out days) && Math.Abs(days) <= 60))
            {
                return false;
            }

            date = new OccasionDate(1, 1, days);
            return true;
        }

        var parts = text.Split('-');
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var dayOfMonth) && dayOfMonth >= 1 && dayOfMonth <= DateTime.DaysInMonth(2024, month))
        {
            date = new OccasionDate(month, dayOfMonth);
            return true;
        }

        return false;
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous algorithm, as in Meeus, Astronomical Algorithms).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
