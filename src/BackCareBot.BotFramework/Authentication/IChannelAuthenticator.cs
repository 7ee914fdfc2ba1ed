namespace BackCareBot.BotFramework.Authentication;

/// <summary>
/// Decides whether a request to the messaging endpoint really comes from a Bot Framework channel (or the Emulator)
/// for this bot, the way the Bot Framework SDK does.
/// </summary>
public interface IChannelAuthenticator
{
    /// <summary>Authenticates one inbound activity.</summary>
    /// <param name="authorizationHeader">The raw <c>Authorization</c> header value, or null when absent.</param>
    /// <param name="channelId">The activity's <c>channelId</c>; a channel token's signing key must be endorsed for it.</param>
    /// <param name="serviceUrl">The activity's <c>serviceUrl</c>; a channel token's <c>serviceurl</c> claim must match it.
    /// Null skips that check, as the SDK does.</param>
    /// <param name="cancellationToken">Cancels waiting for signing keys.</param>
    /// <returns>Success with the caller's identity, or a failure whose reason is safe to log.</returns>
    /// <exception cref="SigningKeysUnavailableException">The signing keys could not be fetched and none are cached:
    /// a broken dependency rather than a bad request.</exception>
    Task<ChannelAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader,
        string? channelId,
        string? serviceUrl,
        CancellationToken cancellationToken);
}
