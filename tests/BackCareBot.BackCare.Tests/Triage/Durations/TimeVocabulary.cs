using System.Collections;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Definitions.English;

namespace BackCareBot.BackCare.Tests.Triage.Durations;

/// <summary>The words of the recogniser's English definitions, and those the duration reader treats as plain neighbours.</summary>
internal static partial class TimeVocabulary
{
    /// <summary>
    /// Words of the recogniser's definitions that the reader does not treat as time connectors, each with why it
    /// cannot change what the recogniser reads beside it. <see cref="CommonTimeCorpus.Neighbours"/> puts every one
    /// of them on both sides of every kind of form, so the differential tests check each reason.
    /// </summary>
    public static IReadOnlyDictionary<string, string> VerifiedNeighbours { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["about"] = "an approximation the recogniser leaves out of a length's span (\"about two weeks\")",
        ["also"] = "in the definitions only inside ambiguity filters for \"may\"",
        ["are"] = "in the definitions only in \"are now for\", which \"now\" would need",
        ["beyond"] = "a 'more than' word the duration reader applies itself",
        ["building"] = "in the definitions only as an ambiguity filter",
        ["but"] = "a contrast word; the definitions use it only in ambiguity filters",
        ["er"] = "a hesitation; in the definitions only as part of ordinal suffixes",
        ["for"] = "\"for\" before a length or point is left out of the recogniser's span",
        ["get"] = "in the definitions only inside ambiguity filters for \"may\"",
        ["giving"] = "part of \"thanksgiving\" in the definitions",
        ["have"] = "in the definitions only inside ambiguity filters for \"may\"",
        ["he"] = "in the definitions only inside ambiguity filters for \"may\"",
        ["how"] = "in the definitions only in \"how about\"",
        ["i"] = "in the definitions only inside ambiguity filters for \"may\"",
        ["is"] = "in the definitions only in \"is now for\" and present-time phrases",
        ["its"] = "in the definitions only in possessive date phrases that need a date word",
        ["jab"] = "in the definitions only as an ambiguity filter",
        ["job"] = "in the definitions only as an ambiguity filter",
        ["least"] = "\"at least\" is left out of a length's span",
        ["like"] = "a filler word the definitions list as superfluous",
        ["maybe"] = "in the definitions only inside ambiguity filters",
        ["my"] = "\"my day\" needs the word \"day\" right after it",
        ["no"] = "\"no later than\" needs \"later\"; \"no more than\" is read as \"more than\" either way",
        ["not"] = "in the definitions only after modal verbs before \"last\" (\"can't last\")",
        ["now"] = "read as the present, which gives no duration",
        ["over"] = "a 'more than' word the recogniser leaves out of a length's span",
        ["perhaps"] = "in the definitions only inside ambiguity filters",
        ["say"] = "in the definitions only inside ambiguity filters",
        ["she"] = "in the definitions only inside ambiguity filters for \"may\"",
        ["shot"] = "in the definitions only as an ambiguity filter",
        ["they"] = "in the definitions only inside ambiguity filters for \"may\"",
        ["tree"] = "in the definitions only as an ambiguity filter",
        ["turn"] = "in the definitions only as an ambiguity filter",
        ["under"] = "a 'less than' word the recogniser leaves out of a length's span",
        ["ute"] = "in the definitions only as part of \"minute\"",
        ["we"] = "in the definitions only inside ambiguity filters for \"may\"",
        ["well"] = "in the definitions only inside ambiguity filters for \"may\"",
        ["which"] = "in the definitions only in relative-clause filters",
        ["with"] = "\"ending with\" and \"starting with\" need those words before it",
        ["work"] = "\"night work\" and \"may work\" need those words",
        ["working"] = "\"working week\" and \"working day\" need those words after it",
        ["you"] = "in the definitions only inside ambiguity filters for \"may\"",
    };

    /// <summary>Every lower-case word in the recogniser's English date-time and number definitions.</summary>
    public static IReadOnlySet<string> LibraryWords { get; } = Collect(typeof(DateTimeDefinitions), typeof(NumbersDefinitions));

    private static SortedSet<string> Collect(params Type[] definitions)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var field in definitions.SelectMany(type => type.GetFields(BindingFlags.Public | BindingFlags.Static)))
        {
            foreach (var text in Texts(field.GetValue(null)))
            {
                foreach (Match word in Word().Matches(RegexSyntax().Replace(text, " ")))
                {
                    words.Add(word.Value);
                }
            }
        }

        return words;
    }

    private static IEnumerable<string> Texts(object? value) => value switch
    {
        string text => [text],
        IDictionary map => map.Keys.Cast<object>().Concat(map.Values.Cast<object>()).SelectMany(Texts),
        IEnumerable items => items.Cast<object>().SelectMany(Texts),
        null => [],
        _ => [value.ToString() ?? string.Empty],
    };

    /// <summary>Escapes such as \s and \b, group names and counts, which are not words of the language.</summary>
    [GeneratedRegex(@"\\[a-zA-Z]|\(\?<[a-zA-Z]+>|\{[0-9,]+\}")]
    private static partial Regex RegexSyntax();

    [GeneratedRegex("[a-z']+")]
    private static partial Regex Word();
}
