using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BackCareBot.Transcripts.Recording;

/// <summary>
/// Where a conversation is recorded: <c>folder/channelId/conversationId.transcript</c>, as the SDK's file transcript
/// logger lays it out. Ids come from the wire, so each becomes a safe file name on every OS: no separators or
/// reserved characters, no dot names or device names, and a bounded length (long Teams ids end in a hash instead).
/// Two different ids never share a name: what cannot stay is percent-encoded rather than replaced, and <c>%</c> itself
/// is encoded, so <c>a/b</c> is <c>a%2Fb</c> and <c>a_b</c> stays <c>a_b</c> (replacing both with <c>_</c> once put two
/// conversations, and "forget me" for one of them, in one file).
/// </summary>
public static class TranscriptFileNames
{
    private const int MaxNameLength = 120;
    private const int KeptWhenShortened = 100;

    // '%' followed by characters no encoding produces, so neither can be the name of a real id.
    private const string Unknown = "%unknown";
    private const string ShortenedMark = "%~";

    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    };

    public static string PathFor(string folder, string? channelId, string? conversationId)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return Path.Combine(folder, Sanitize(channelId), Sanitize(conversationId) + ".transcript");
    }

    public static string Sanitize(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return Unknown;
        }

        var name = new StringBuilder(id.Length);
        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var unsafeHere = char.IsControl(c) || c is '<' or '>' or ':' or '"' or '/' or '\\' or '|' or '?' or '*' or '%'
                || (i == 0 && c == '.')
                || (c is ' ' or '.' && id.AsSpan(i).TrimEnd(" .").IsEmpty)
                || (i == 0 && DeviceNames.Contains(id.Split('.')[0]));
            if (unsafeHere)
            {
                name.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                name.Append(c);
            }
        }

        var sanitized = name.ToString();
        if (sanitized.Length > MaxNameLength)
        {
            var kept = sanitized[..KeptWhenShortened];
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..16];
            sanitized = $"{(char.IsHighSurrogate(kept[^1]) ? kept[..^1] : kept)}{ShortenedMark}{hash}";
        }

        return sanitized;
    }
}
