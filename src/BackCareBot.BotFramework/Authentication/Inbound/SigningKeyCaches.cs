using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackCareBot.BotFramework.Authentication.Inbound;

/// <summary>
/// The two key sources the SDK trusts: the Bot Connector's keys for channel tokens, and Entra ID's keys for tokens
/// the Emulator obtains with the bot's own credentials. The Emulator's are fetched only when such a token arrives.
/// </summary>
internal sealed class SigningKeyCaches(
    IOptions<BotFrameworkAuthenticationOptions> options,
    MetadataDocumentRetriever documentRetriever,
    SigningKeyCacheSettings settings,
    TimeProvider timeProvider,
    ILoggerFactory loggerFactory)
{
    private readonly Lazy<SigningKeyCache> _channel = new(() => new SigningKeyCache(
        options.Value.ChannelOpenIdMetadataUrl, documentRetriever, settings, timeProvider, loggerFactory.CreateLogger<SigningKeyCache>()));

    private readonly Lazy<SigningKeyCache> _emulator = new(() => new SigningKeyCache(
        options.Value.EmulatorOpenIdMetadataUrl, documentRetriever, settings, timeProvider, loggerFactory.CreateLogger<SigningKeyCache>()));

    public SigningKeyCache Channel => _channel.Value;

    public SigningKeyCache Emulator => _emulator.Value;
}
