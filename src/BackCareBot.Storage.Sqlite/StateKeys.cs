using System.Buffers;
using System.Text;

namespace BackCareBot.Storage.Sqlite;

internal static class StateKeys
{
    public static void Validate(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        foreach (var key in keys)
        {
            if (string.IsNullOrEmpty(key))
            {
                throw new ArgumentException("Storage keys must not be null or empty.", nameof(keys));
            }

            // SQLite keeps text as UTF-8, where a lone surrogate becomes U+FFFD: two different keys would share a row.
            if (!IsWellFormed(key))
            {
                throw new ArgumentException("Storage keys must be well-formed UTF-16 (no lone surrogates).", nameof(keys));
            }
        }
    }

    private static bool IsWellFormed(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return true;
        }

        while (!text.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(text, out _, out var consumed) != OperationStatus.Done)
            {
                return false;
            }

            text = text[consumed..];
        }

        return true;
    }
}
