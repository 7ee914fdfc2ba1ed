namespace BackCareBot.Evaluation;

/// <summary>Reads an evaluation file: one case per line, blank lines allowed, ids unique within the file.</summary>
internal static class EvaluationSetReader
{
    public static IReadOnlyList<EvaluationCase> ReadFile(string path)
    {
        using var reader = File.OpenText(path);
        return Read(reader, path);
    }

    public static IReadOnlyList<EvaluationCase> Read(TextReader reader, string file)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var cases = new List<EvaluationCase>();
        var lineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var location = new CaseLocation(file, lineNumber);
            var parsed = EvaluationCaseParser.Parse(line, location);
            if (!lineOfId.TryAdd(parsed.Id, lineNumber))
            {
                throw new EvaluationSetFormatException(
                    location, $"duplicate id \"{parsed.Id}\" (first used on line {lineOfId[parsed.Id]})");
            }

            cases.Add(parsed);
        }

        return cases.Count > 0 ? cases : throw new EvaluationSetFormatException($"{file}: the file holds no cases");
    }
}
