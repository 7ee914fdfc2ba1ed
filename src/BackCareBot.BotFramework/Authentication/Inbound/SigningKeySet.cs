using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BackCareBot.BotFramework.Authentication.Inbound;

/// <summary>
/// One fetched generation of signing keys, with each key's Bot Framework <c>endorsements</c> (the channel ids it may
/// sign for). Endorsements are not a standard JWK member, so they are read from the raw key document, which
/// Microsoft.IdentityModel keeps in <see cref="JsonWebKey.AdditionalData"/>.
/// </summary>
internal sealed class SigningKeySet
{
    private const string EndorsementsMember = "endorsements";

    private readonly FrozenSet<string> _keyIds;
    private readonly FrozenDictionary<string, FrozenSet<string>> _endorsements;

    private SigningKeySet(
        IReadOnlyList<SecurityKey> keys,
        FrozenSet<string> keyIds,
        FrozenDictionary<string, FrozenSet<string>> endorsements)
    {
        Keys = keys;
        _keyIds = keyIds;
        _endorsements = endorsements;
    }

    public IReadOnlyList<SecurityKey> Keys { get; }

    public bool Contains(string keyId) => _keyIds.Contains(keyId);

    /// <summary>False when the key carries no endorsements member at all.</summary>
    public bool TryGetEndorsements(string keyId, out FrozenSet<string> endorsements) =>
        _endorsements.TryGetValue(keyId, out endorsements!);

    public static SigningKeySet From(OpenIdConnectConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var keys = configuration.SigningKeys.ToArray();
        var keyIds = keys.Select(key => key.KeyId).Where(id => !string.IsNullOrEmpty(id)).ToFrozenSet(StringComparer.Ordinal);
        var endorsements = new Dictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        foreach (var key in configuration.JsonWebKeySet?.Keys ?? [])
        {
            if (!string.IsNullOrEmpty(key.Kid) && ReadEndorsements(key) is { } channels)
            {
                // The SDK keeps the first key when a kid repeats; so do we.
                endorsements.TryAdd(key.Kid, channels);
            }
        }

        return new SigningKeySet(keys, keyIds, endorsements.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static FrozenSet<string>? ReadEndorsements(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(EndorsementsMember, out var value)
            || value is not JsonElement { ValueKind: JsonValueKind.Array } array)
        {
            return null;
        }

        return array.EnumerateArray()
            .Where(item => item.ValueKind == JsonValueKind.String)
            .Select(item => item.GetString()!)
            .ToFrozenSet(StringComparer.Ordinal);
    }
}
