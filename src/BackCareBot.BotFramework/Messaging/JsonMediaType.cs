using System.Net.Http.Headers;

namespace BackCareBot.BotFramework.Messaging;

/// <summary>What a Bot Framework endpoint accepts as a body: JSON in UTF-8, as channels and DirectLineJS send it.</summary>
public static class JsonMediaType
{
    /// <summary><c>application/json</c> or <c>application/*+json</c>, with no charset or a UTF-8 one.</summary>
    public static bool IsUtf8Json(string? contentType)
    {
        // What channels send on every request, recognised without parsing the header.
        if (string.Equals(contentType, "application/json; charset=utf-8", StringComparison.OrdinalIgnoreCase)
            || string.Equals(contentType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || mediaType.MediaType is not { } type)
        {
            return false;
        }

        var isJson = type.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || (type.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && type.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
        var charset = mediaType.CharSet?.Trim('"');
        return isJson && (string.IsNullOrEmpty(charset)
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase));
    }
}
