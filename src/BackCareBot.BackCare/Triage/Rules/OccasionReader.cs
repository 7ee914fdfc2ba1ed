using System.Globalization;
using BackCareBot.BackCare.Knowledge.Loading;
using YamlDotNet.RepresentationModel;

namespace BackCareBot.BackCare.Triage.Rules;

/// <summary>The optional <c>occasions</c> list of durations.yaml: "since pancake day", "since half term".</summary>
internal static class OccasionReader
{
    /// <param name="file">durations.yaml, or null when it could not be read (already logged).</param>
    public static List<OccasionRule> Read(MappingReader? file, ProblemLog log)
    {
        var occasions = new List<OccasionRule>();
        if (file?.Node("occasions") is not { } node)
        {
            return occasions;
        }

        if (node is not YamlSequenceNode sequence)
        {
            file.Problem("'occasions' must be a list of { phrase, dates, examples }");
            return occasions;
        }

        foreach (var entry in YamlEntries.Of(sequence, file.Path, "occasion", log, "phrase", "dates", "examples"))
        {
            var phrase = entry.RequiredText("phrase");
            var dates = Dates(entry);
            if (entry.Node("examples") is not YamlSequenceNode examples || examples.Children.Count == 0)
            {
                entry.Problem("'examples' must list { message, written, days }");
                continue;
            }

            if (phrase is not null && dates.Count > 0)
            {
                occasions.Add(new OccasionRule(phrase, dates, Examples(entry, examples)));
            }
        }

        return occasions;
    }

    private static List<OccasionDate> Dates(MappingReader entry)
    {
        var dates = new List<OccasionDate>();
        foreach (var text in entry.RequiredTextList("dates") ?? [])
        {
            if (OccasionDate.TryParse(text, out var date))
            {
                dates.Add(date);
            }
            else
            {
                entry.Problem($"date '{text}' must be month-day (\"11-05\") or days from Easter (\"easter-47\")");
            }
        }

        return dates;
    }

    private static List<OccasionExample> Examples(MappingReader entry, YamlSequenceNode nodes)
    {
        var examples = new List<OccasionExample>();
        foreach (var node in nodes.Children.OfType<YamlMappingNode>())
        {
            var example = entry.Child(node, "examples");
            example.RejectUnknownKeys("message", "written", "days");
            var message = example.RequiredText("message");
            var written = example.RequiredText("written");
            if (message is null || !DateOnly.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                || example.Node("days") is not { } daysNode || !MappingReader.TryNumber(daysNode, out var days))
            {
                example.Problem("an example needs a message, the day it was written (yyyy-MM-dd) and its days of pain");
                continue;
            }

            examples.Add(new OccasionExample(message, day, days));
        }

        return examples;
    }
}
