using System.Security.Cryptography;
using System.Text;

namespace BackCareBot.BotFramework.Logging;

/// <summary>
/// Turns wire values into something fit for logs. Activity fields can be set by anyone who can reach the
/// endpoint, and conversation ids identify people, so neither is logged as received.
/// </summary>
public static class LogSafe
{
    private const int MaxTokenLength = 40;

    /// <summary>A short, stable, one-way tag that correlates log lines of one conversation.</summary>
    public static string Hash(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "-";
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(value), digest);
        return Convert.ToHexStringLower(digest[..6]);
    }

    /// <summary>A protocol token (activity type, channel id) as is when it looks like one, otherwise a placeholder.</summary>
    public static string Token(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "-";
        }

        if (value.Length > MaxTokenLength)
        {
            return "(invalid)";
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or '/'))
            {
                return "(invalid)";
            }
        }

        return value;
    }
}
