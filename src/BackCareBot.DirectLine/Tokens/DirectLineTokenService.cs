using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BackCareBot.DirectLine.Tokens;

/// <summary>
/// Issues and checks Direct Line tokens: JWTs signed with HMAC-SHA256, each bound to one conversation, one user and
/// one use. Expiry is checked here against the injected clock (the library's own check reads the system clock), which
/// also lets an expired token be told apart from a forged one.
/// </summary>
internal sealed class DirectLineTokenService
{
    /// <summary>Far longer than any token issued here; longer headers are refused before any parsing.</summary>
    public const int MaxTokenLength = 4096;

    private const string Issuer = "BackCareBot.DirectLine";
    private const string Audience = "directline";
    private const string ConversationClaim = "conv";
    // Web Chat reads the user id from this claim (as in Azure Direct Line tokens) and takes it as its own, so the
    // suggested actions the bot addresses to that user are shown; it refuses a "dl_" user id passed any other way.
    private const string UserClaim = "user";
    private const string ScopeClaim = "scp";

    private static readonly byte[] KeyDerivationInfo = "BackCareBot.DirectLine token signing"u8.ToArray();

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _credentials;
    private readonly TokenValidationParameters _validation;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _timeProvider;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _timeProvider = timeProvider;
        var key = new SymmetricSecurityKey(SigningKey(_options.TokenSigningKey));
        _credentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256);
        _validation = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Audience,
            IssuerSigningKey = key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = false,
        };
    }

    public DirectLineToken Issue(string conversationId, string userId, TokenScope scope = TokenScope.Conversation)
    {
        var now = _timeProvider.GetUtcNow();
        var lifetime = scope == TokenScope.Stream ? _options.StreamUrlLifetime : _options.TokenLifetime;

        // The claim holds whole seconds; rounding up here keeps expires_in (whole seconds left) equal to the lifetime.
        var end = now + lifetime;
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(end.ToUnixTimeSeconds() + (end.Ticks % TimeSpan.TicksPerSecond == 0 ? 0 : 1));
        var value = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = _credentials,
            Claims = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                [ConversationClaim] = conversationId,
                [UserClaim] = userId,
                [ScopeClaim] = ScopeName(scope),
            },
        });
        return new DirectLineToken(value, conversationId, userId, expiresAt);
    }

    public async Task<TokenCheck> CheckAsync(string? value, TokenScope scope)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxTokenLength)
        {
            return TokenCheck.Invalid;
        }

        var result = await _handler.ValidateTokenAsync(value, _validation).ConfigureAwait(false);
        if (!result.IsValid
            || result.SecurityToken is not JsonWebToken jwt
            || !jwt.TryGetPayloadValue<string>(ScopeClaim, out var tokenScope)
            || !string.Equals(tokenScope, ScopeName(scope), StringComparison.Ordinal)
            || !jwt.TryGetPayloadValue<string>(ConversationClaim, out var conversationId)
            || !jwt.TryGetPayloadValue<string>(UserClaim, out var userId)
            || string.IsNullOrEmpty(conversationId)
            || string.IsNullOrEmpty(userId))
        {
            return TokenCheck.Invalid;
        }

        var token = new DirectLineToken(value, conversationId, userId, new DateTimeOffset(jwt.ValidTo, TimeSpan.Zero));
        var status = _timeProvider.GetUtcNow() >= token.ExpiresAt ? TokenCheckStatus.Expired : TokenCheckStatus.Valid;
        return new TokenCheck(status, token);
    }

    private static string ScopeName(TokenScope scope) => scope == TokenScope.Stream ? "stream" : "conversation";

    private static byte[] SigningKey(string? configuredSecret) =>
        string.IsNullOrEmpty(configuredSecret)
            ? RandomNumberGenerator.GetBytes(32)

            // Derived rather than used raw, so the configured text is never the HMAC key of anything else.
            : HKDF.DeriveKey(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(configuredSecret), 32, salt: [], info: KeyDerivationInfo);
}
