using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;

namespace BackCareBot.BotFramework.Authentication;

/// <summary>The outcome of authenticating one inbound request: a value, so the caller can switch on it.</summary>
public sealed class ChannelAuthenticationResult
{
    private ChannelAuthenticationResult(ClaimsIdentity? identity, string? callerId, string? failureReason)
    {
        Identity = identity;
        CallerId = callerId;
        FailureReason = failureReason;
    }

    /// <summary>True when the request may be processed.</summary>
    [MemberNotNullWhen(true, nameof(Identity))]
    [MemberNotNullWhen(false, nameof(FailureReason))]
    public bool Succeeded => Identity is not null;

    /// <summary>The caller's claims; an empty, authenticated "anonymous" identity when authentication is off.</summary>
    public ClaimsIdentity? Identity { get; }

    /// <summary>
    /// The value for <c>activity.callerId</c>, e.g. <c>urn:botframework:azure</c>; null when authentication is off.
    /// </summary>
    public string? CallerId { get; }

    /// <summary>Why the request was refused. Never contains token contents, so it is safe to log.</summary>
    public string? FailureReason { get; }

    public static ChannelAuthenticationResult Success(ClaimsIdentity identity, string? callerId)
    {
        ArgumentNullException.ThrowIfNull(identity);
        return new(identity, callerId, failureReason: null);
    }

    public static ChannelAuthenticationResult Failure(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(identity: null, callerId: null, reason);
    }

    public override string ToString() => Succeeded ? $"Succeeded ({CallerId ?? "anonymous"})" : $"Failed: {FailureReason}";
}
