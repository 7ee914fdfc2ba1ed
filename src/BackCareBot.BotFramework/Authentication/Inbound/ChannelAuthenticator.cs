using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace BackCareBot.BotFramework.Authentication.Inbound;

/// <summary>
/// The SDK's JwtTokenValidation.AuthenticateRequest: no header is fine only while authentication is off; a header
/// is always validated; the token's issuer decides between the Emulator path and the channel path.
/// </summary>
/// <remarks>
/// With authentication off the SDK still validates a header that is present, and the check always ends in refusal
/// because no token's audience can equal an empty app id; this refuses it straight away, without fetching keys.
/// Skill (bot-to-bot) tokens are refused like any other token from another app, as the SDK does when no claims
/// validator is configured.
/// </remarks>
internal sealed class ChannelAuthenticator : IChannelAuthenticator
{
    private const string AnonymousAuthenticationType = "anonymous";

    private readonly JsonWebTokenHandler _reader = new();
    private readonly BotFrameworkAuthenticationOptions _options;
    private readonly EmulatorIssuers _emulatorIssuers;
    private readonly ChannelTokenValidator _channelTokens;
    private readonly EmulatorTokenValidator _emulatorTokens;

    public ChannelAuthenticator(
        IOptions<BotFrameworkAuthenticationOptions> options,
        SigningKeyCaches keySources,
        TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _emulatorIssuers = new EmulatorIssuers(_options.MicrosoftAppTenantId);
        var signedTokens = new SignedTokenValidator(new TokenLifetime(timeProvider));
        _channelTokens = new ChannelTokenValidator(signedTokens, keySources, _options);
        _emulatorTokens = new EmulatorTokenValidator(signedTokens, keySources, _emulatorIssuers, _options);
    }

    public async Task<ChannelAuthenticationResult> AuthenticateAsync(
        string? authorizationHeader,
        string? channelId,
        string? serviceUrl,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return _options.IsAuthenticationEnabled
                ? ChannelAuthenticationResult.Failure(AuthenticationFailureReasons.MissingAuthorizationHeader)
                : ChannelAuthenticationResult.Success(new ClaimsIdentity([], AnonymousAuthenticationType), callerId: null);
        }

        if (!BearerToken.TryExtract(authorizationHeader, out var rawToken))
        {
            return ChannelAuthenticationResult.Failure(AuthenticationFailureReasons.MalformedAuthorizationHeader);
        }

        if (!_options.IsAuthenticationEnabled)
        {
            return ChannelAuthenticationResult.Failure(AuthenticationFailureReasons.AuthenticationOff);
        }

        if (!TryRead(rawToken, out var token))
        {
            return ChannelAuthenticationResult.Failure(AuthenticationFailureReasons.MalformedToken);
        }

        return _emulatorIssuers.IsEmulatorToken(token)
            ? await _emulatorTokens.ValidateAsync(token, cancellationToken).ConfigureAwait(false)
            : await _channelTokens.ValidateAsync(token, channelId, serviceUrl, cancellationToken).ConfigureAwait(false);
    }

    private bool TryRead(string rawToken, out JsonWebToken token)
    {
        token = null!;
        if (!_reader.CanReadToken(rawToken))
        {
            return false;
        }

        try
        {
            token = new JsonWebToken(rawToken);
        }
        catch (ArgumentException)
        {
            return false;
        }

        // Encrypted tokens (JWE) are not part of the protocol.
        return !token.IsEncrypted;
    }
}
