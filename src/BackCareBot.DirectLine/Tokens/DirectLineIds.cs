using System.Security.Cryptography;

namespace BackCareBot.DirectLine.Tokens;

/// <summary>Random, unguessable ids: knowing one conversation id tells nothing about another.</summary>
internal static class DirectLineIds
{
    /// <summary>Direct Line's convention for user ids a token binds to.</summary>
    public const string UserIdPrefix = "dl_";

    public static string NewConversationId() => Base64Url(RandomNumberGenerator.GetBytes(16));

    public static string NewUserId() => UserIdPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
