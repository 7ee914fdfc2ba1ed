using System.Globalization;
using System.Text.Json;

namespace BackCareBot.BotFramework.Schema;

internal static class TimestampParsing
{
    /// <summary>
    /// Strict ISO 8601 first (the fast path, what channels send), then the invariant-culture parser that the
    /// official SDKs' serializers accept too; anything else is a malformed activity.
    /// </summary>
    public static DateTimeOffset Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("A timestamp must be a string.");
        }

        if (reader.TryGetDateTimeOffset(out var value))
        {
            return value;
        }

        var text = reader.GetString();
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value))
        {
            return value;
        }

        throw new JsonException("A timestamp is not an ISO 8601 date and time.");
    }
}
