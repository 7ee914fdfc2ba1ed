using System.Text.RegularExpressions;

namespace BackCareBot.BackCare.Text;

/// <summary>
/// Reads the clinical shorthand for a length of time as words: "5/7" is five days (of seven), "3/52" three weeks
/// (of fifty-two), "2/12" two months (of twelve). Nurses and doctors write their own back pain this way ("LBP 3/52",
/// "back ache x 10/7"), and read as a date "5/7" made the pain start in May. A fraction after "since", "on",
/// "from", "till", "until", "by" or "the" is a date and stays one; "24/7" means all the time and is left as it is.
/// </summary>
internal static partial class ClinicalFractions
{
    /// <summary>Larger counts of days are not written this way, and "24/7" is "always".</summary>
    private const int MaxDays = 21;

    public static string Read(string text)
    {
        // Cheap test first: most messages have no slash at all.
        return text.Contains('/', StringComparison.Ordinal) ? Fraction().Replace(text, match => Words(match, text)) : text;
    }

    /// <param name="text">The whole message: "LBP x2/12" (times two months) reads "x 2 months", the length a word apart.</param>
    private static string Words(Match match, string text)
    {
        var count = int.Parse(match.Groups["count"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
        var unit = match.Groups["of"].Value switch
        {
            "7" when count is >= 1 and <= MaxDays => count == 1 ? "day" : "days",
            "52" when count is >= 1 and <= 52 => count == 1 ? "week" : "weeks",
            "12" when count is >= 1 and <= 11 => count == 1 ? "month" : "months",
            _ => null,
        };
        var afterALetter = match.Index > 0 && char.IsLetter(text[match.Index - 1]);
        return unit is null ? match.Value : afterALetter ? $" {count} {unit}" : $"{count} {unit}";
    }

    /// <summary>A count over 7, 52 or 12 standing alone (not part of a longer number or a date such as 5/7/24).</summary>
    [GeneratedRegex(
        @"(?<!\b(?:since|on|from|till|until|by|the|before|after)\s+)(?<![\d/.])(?<count>\d{1,2})/(?<of>7|52|12)(?![\d/]|\.\d)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex Fraction();
}
