using System.Security.Cryptography;
using System.Text;

namespace BackCareBot.Transcripts.Recording;

/// <summary>
/// Where a conversation is recorded: <c>folder/channelId/conversationId.transcript</c>, as the SDK's file transcript
/// logger lays it out. Ids come from the wire, so each becomes a safe file name on every OS: no separators or
/// reserved characters, no dot names or device names, and a bounded length (long Teams ids end in a hash instead).
/// </summary>
public static class TranscriptFileNames
{
    private const int MaxNameLength = 120;
    private const int KeptWhenShortened = 100;
    private const string Unknown = "unknown";

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
        foreach (var c in id)
        {
            name.Append(char.IsControl(c) || c is '<' or '>' or ':' or '"' or '/' or '\\' or '|' or '?' or '*' ? '_' : c);
        }

        var sanitized = name.ToString().TrimEnd(' ', '.');
        if (sanitized.Length == 0 || sanitized.StartsWith('.') || DeviceNames.Contains(sanitized.Split('.')[0]))
        {
            sanitized = "_" + sanitized;
        }

        if (sanitized.Length > MaxNameLength)
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))[..16];
            sanitized = $"{sanitized[..KeptWhenShortened]}-{hash}";
        }

        return sanitized;
    }
}
