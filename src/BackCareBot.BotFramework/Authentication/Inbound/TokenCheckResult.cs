using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace BackCareBot.BotFramework.Authentication.Inbound;

/// <summary>The checks both token kinds share (signature, issuer, audience, lifetime), before their own claims.</summary>
internal readonly record struct TokenCheckResult(ClaimsIdentity? Identity, SigningKeySet? Keys, string? FailureReason)
{
    [MemberNotNullWhen(true, nameof(Identity), nameof(Keys))]
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Succeeded => Identity is not null && Keys is not null;

    public static TokenCheckResult Failed(string reason) => new(null, null, reason);
}
