using System.Collections.Frozen;

namespace BackCareBot.Conversation.HelpLines;

/// <summary>
/// The emergency numbers and crisis lines of <c>dialogs/emergency-numbers.yaml</c>, by country, and the default for a
/// person whose country is not known. Loaded once at startup by <see cref="EmergencyNumbersLoader"/>.
/// </summary>
public sealed class EmergencyNumbers
{
    private readonly FrozenDictionary<string, LocalHelp> _byCountry;

    public EmergencyNumbers(LocalHelp fallback, IReadOnlyDictionary<string, LocalHelp> byCountry)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        ArgumentNullException.ThrowIfNull(byCountry);
        Default = fallback;
        _byCountry = byCountry.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

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
