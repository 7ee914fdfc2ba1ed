using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BackCareBot.Conversation.HelpLines;

/// <summary>
/// Loads and checks <c>dialogs/emergency-numbers.yaml</c> once at startup. A number a phone cannot dial, a line whose
/// words do not name its number, an unknown key or country code stops the bot with every problem listed, naming the
/// file and the entry: a wrong emergency number must never reach a person.
/// </summary>
public static partial class EmergencyNumbersLoader
{
    public const string FileName = "emergency-numbers.yaml";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        // A key written twice would silently keep the last one: a reviewer's edit lost without a word.
        .WithDuplicateKeyChecking()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <exception cref="InvalidDataException">The file is missing, malformed, or an entry has a problem.</exception>
    public static EmergencyNumbers Load(string dialogsFolder)
    {
        var path = Path.Combine(dialogsFolder, FileName);
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"{path}: the emergency numbers are missing.");
        }

        NumbersFile? file;
        try
        {
            file = Deserializer.Deserialize<NumbersFile?>(File.ReadAllText(path));
        }
        catch (YamlException exception)
        {
            throw new InvalidDataException($"{path}: line {exception.Start.Line}: {exception.InnerException?.Message ?? exception.Message}", exception);
        }

        var problems = new List<string>();
        if (file?.Default is null)
        {
            problems.Add("'default' is missing: a person whose country is not known needs numbers too");
        }

        var fallback = file?.Default is { } entry ? Read("default", entry, null, problems) : null;
        var countries = new Dictionary<string, LocalHelp>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, country) in file?.Countries ?? [])
        {
            if (!CountryCode().IsMatch(code))
            {
                problems.Add($"'countries.{code}' is not a country code (two capital letters, as in a locale's region: GB, US)");
            }
            else if (country is not null && Read($"countries.{code}", country, fallback, problems) is { } help)
            {
                countries[code] = help;
                foreach (var name in country.Names ?? [])
                {
                    var key = BackCareBot.BackCare.Text.PhraseKey.Of(name);
                    if (key.Length == 0 || !names.TryAdd(key, code))
                    {
                        problems.Add($"'countries.{code}.names' has '{name}', empty or already another country's name");
                    }
                }
            }
        }

        return problems.Count == 0
            ? new EmergencyNumbers(fallback!, countries, names)
            : throw new InvalidDataException(string.Join(Environment.NewLine, problems.Select(problem => $"{path}: {problem}")));
    }

    private static LocalHelp? Read(string where, HelpEntry entry, LocalHelp? fallback, List<string> problems)
    {
        var count = problems.Count;
        if (entry.Emergency is not { Count: > 0 })
        {
            problems.Add($"'{where}.emergency' lists no number");
        }

        foreach (var number in entry.Emergency ?? [])
        {
            CheckNumber($"{where}.emergency", number, problems);
        }

        var lines = new List<CrisisLine>();
        foreach (var (line, index) in (entry.Crisis ?? []).Select((line, index) => (line, index)))
        {
            var at = $"{where}.crisis[{index}]";
            CheckNumber(at, line.Number, problems);
            if (string.IsNullOrWhiteSpace(line.Words))
            {
                problems.Add($"'{at}.words' is missing: the reply says the line in these words");
            }
            else if (line.Number is { } number && !line.Words.Contains(number, StringComparison.Ordinal))
            {
                problems.Add($"'{at}.words' does not say its number '{number}': a person without the button must read it");
            }

            lines.Add(new CrisisLine(line.Number ?? "", line.Words?.Trim() ?? "", line.Label, line.Dial));
        }

        if (problems.Count > count)
        {
            return null;
        }

        var emergency = entry.Emergency!;
        var say = string.IsNullOrWhiteSpace(entry.Say) ? string.Join(" or ", emergency) : entry.Say.Trim();

        // A country without crisis lines of its own names the default's, which say where they work.
        return new LocalHelp(emergency, say, lines.Count > 0 ? lines : fallback?.CrisisLines ?? []);
    }

    private static void CheckNumber(string where, string? number, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(number) || !DialableNumber().IsMatch(number))
        {
            problems.Add($"'{where}' number '{number}' is not digits (spaces allowed): a phone could not dial it");
        }
    }

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[0-9]+( [0-9]+)*$")]
    private static partial Regex DialableNumber();

    private sealed class NumbersFile
    {
        public HelpEntry? Default { get; set; }

        public Dictionary<string, HelpEntry?>? Countries { get; set; }
    }

    private sealed class HelpEntry
    {
        public List<string>? Emergency { get; set; }

        public string? Say { get; set; }

        public List<LineEntry>? Crisis { get; set; }

        public List<string>? Names { get; set; }
    }

    private sealed class LineEntry
    {
        public string? Number { get; set; }

        public string? Words { get; set; }

        public string? Label { get; set; }

        public bool Dial { get; set; } = true;
    }
}
