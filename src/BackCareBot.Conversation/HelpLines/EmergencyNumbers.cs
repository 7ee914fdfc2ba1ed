using System.Collections.Frozen;

namespace BackCareBot.Conversation.HelpLines;

/// <summary>
/// The emergency numbers and crisis lines of <c>dialogs/emergency-numbers.yaml</c>, by country, and the default for a
/// person whose country is not known. Loaded once at startup by <see cref="EmergencyNumbersLoader"/>.
/// </summary>
public sealed class EmergencyNumbers
{
    private readonly FrozenDictionary<string, LocalHelp> _byCountry;
    private readonly (string Name, string Code)[] _names;

    /// <param name="names">How people name each country in a message (a phrase key: "the uk"), to its code.</param>
    public EmergencyNumbers(LocalHelp fallback, IReadOnlyDictionary<string, LocalHelp> byCountry, IReadOnlyDictionary<string, string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(byCountry);
        Default = fallback;
        _byCountry = byCountry.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        // Longest first, so "northern ireland" is GB before "ireland" is IE.
        _names = [.. (names ?? new Dictionary<string, string>()).Select(pair => (" " + pair.Key + " ", pair.Value)).OrderByDescending(pair => pair.Item1.Length)];
    }

    /// <summary>The country a message says the person is in ("I'm in the UK", "we're in Ireland"), or null.</summary>
    public string? CountryNamedIn(string phraseKey)
    {
        ArgumentNullException.ThrowIfNull(phraseKey);
        var padded = " " + phraseKey + " ";
        foreach (var (name, code) in _names)
        {
            if (padded.Contains(name, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return null;
    }

    /// <summary>Who to call: the country the person named, else their locale's.</summary>
    public LocalHelp For(string? locale, string? country) =>
        country is not null && _byCountry.TryGetValue(country, out var named) ? named : For(locale);

    /// <summary>For a locale without a region, or a country not listed.</summary>
    public LocalHelp Default { get; }

    public IEnumerable<string> Countries => _byCountry.Keys;

    /// <summary>Who to call for a person writing in <paramref name="locale"/> ("en-GB", "es_US", "en"; null when unknown).</summary>
    public LocalHelp For(string? locale) =>
        Region(locale) is { } region && _byCountry.TryGetValue(region, out var help) ? help : Default;

    /// <summary>The region of a BCP 47 tag: the two-letter subtag after the language ("en-GB", "zh-Hant-TW", "en_us").</summary>
    private static string? Region(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var subtags = locale.Split('-', '_');
        return subtags.Skip(1).FirstOrDefault(subtag => subtag.Length == 2 && subtag.All(char.IsAsciiLetter));
    }
}
