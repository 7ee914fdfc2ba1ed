using System.Globalization;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>Watermarks on the wire: the sequence number of the last activity seen, or empty for "from the start".</summary>
internal static class Watermarks
{
    private const int MaxLength = 19;

    public static bool TryParse(string? value, out long watermark)
    {
        watermark = 0;
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        return value.Length <= MaxLength
            && value.All(char.IsAsciiDigit)
            && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out watermark);
    }
}
