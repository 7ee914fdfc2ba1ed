using System.Text;

namespace BackCareBot.Storage.AzureBlob;

/// <summary>
/// A storage key's blob name. Keys hold whatever channels put in conversation ids (Teams: <c>19:abc@thread.tacv2;messageid=1</c>,
/// Direct Line: <c>Ab1|livechat</c>), and a blob name cannot: <c>/</c> would make virtual folders, a trailing <c>.</c>
/// is dropped by the service, <c>\</c> is turned into <c>/</c>. As the SDK's BlobsStorage does, the key is
/// percent-encoded, here more strictly: every UTF-8 byte outside <c>A-Z a-z 0-9 - _</c> becomes <c>%XX</c>, so two
/// keys never share a name (case is kept: blob names are case-sensitive) and a name can always be decoded back.
/// </summary>
internal static class BlobNames
{
    /// <summary>The service's limit on a blob name.</summary>
    public const int MaxLength = 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="ArgumentException">The key is empty, holds a lone UTF-16 surrogate, or is too long to be a blob name.</exception>
    public static string For(string key)
    {
        if (string.IsNullOrEmpty(key))
        {
            throw new ArgumentException("Storage keys must not be null or empty.", nameof(key));
        }

        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(key);
        }
        catch (EncoderFallbackException exception)
        {
            throw new ArgumentException("Storage keys must be valid Unicode text (no lone surrogates).", nameof(key), exception);
        }

        var name = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (IsKept(b))
            {
                name.Append((char)b);
            }
            else
            {
                name.Append('%').Append(HexDigit(b >> 4)).Append(HexDigit(b & 0xF));
            }
        }

        if (name.Length > MaxLength)
        {
            throw new ArgumentException($"The storage key is too long for a blob name ({name.Length} characters encoded, at most {MaxLength}).", nameof(key));
        }

        return name.ToString();
    }

    /// <summary>The key a blob name was made from (the inverse of <see cref="For"/>).</summary>
    public static string KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Uri.UnescapeDataString(name);
    }

    private static bool IsKept(byte b) => b is (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'a' and <= (byte)'z') or (>= (byte)'0' and <= (byte)'9') or (byte)'-' or (byte)'_';

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);
}
