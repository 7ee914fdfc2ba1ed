namespace BackCareBot.BotFramework.Authentication.Inbound;

/// <summary>
/// Reads <c>Authorization: Bearer &lt;token&gt;</c> as the SDK's JwtTokenExtractor does: exactly two parts split on a
/// single space, and the scheme spelled exactly "Bearer".
/// </summary>
internal static class BearerToken
{
    private const string Scheme = "Bearer";

    public static bool TryExtract(string authorizationHeader, out string token)
    {
        token = string.Empty;
        var separator = authorizationHeader.IndexOf(' ', StringComparison.Ordinal);
        if (separator < 0 || authorizationHeader.IndexOf(' ', separator + 1) >= 0)
        {
            return false;
        }

        if (!authorizationHeader.AsSpan(0, separator).SequenceEqual(Scheme))
        {
            return false;
        }

        token = authorizationHeader[(separator + 1)..];
        return token.Length > 0;
    }
}
