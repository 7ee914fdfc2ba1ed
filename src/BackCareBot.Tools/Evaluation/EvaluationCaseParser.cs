using System.Text.Json;
using BackCareBot.BackCare;

namespace BackCareBot.Evaluation;

/// <summary>
/// Reads one line of an evaluation file (docs: tests/Evaluation/README.md). Strict on purpose: a misspelt field or
/// advice id would otherwise silently turn a check off.
/// </summary>
internal static class EvaluationCaseParser
{
    private static readonly HashSet<string> KnownFields = ["id", "turns", "advice", "triage", "then"];

    public static EvaluationCase Parse(string line, CaseLocation location)
    {
        using var document = ParseJson(line, location);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Problem(location, "a case must be a JSON object");
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!KnownFields.Contains(property.Name))
            {
                throw Problem(location, $"unknown field \"{property.Name}\" (fields: {string.Join(", ", KnownFields)})");
            }
        }

        var id = ReadId(root, location);
        var turns = ReadTurns(root, location);
        var advice = root.TryGetProperty("advice", out var adviceElement) ? ReadAdvice(adviceElement, location) : null;
        ExpectedTriage? triage = root.TryGetProperty("triage", out var triageElement)
            ? ReadTriage(triageElement, "\"triage\"", location)
            : null;
        var then = root.TryGetProperty("then", out var thenElement) ? ReadThen(thenElement, location) : [];
        if (advice is null && triage is null && then.Length == 0)
        {
            throw Problem(location, "the case checks nothing: give \"advice\", \"triage\" or \"then\"");
        }

        return new EvaluationCase(id, turns, advice, triage, then, location);
    }

    private static JsonDocument ParseJson(string line, CaseLocation location)
    {
        try
        {
            return JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            throw new EvaluationSetFormatException(location, $"not valid JSON ({exception.Message})");
        }
    }

    private static string ReadId(JsonElement root, CaseLocation location)
    {
        if (!root.TryGetProperty("id", out var id))
        {
            throw Problem(location, "missing \"id\"");
        }

        return id.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(id.GetString())
            ? id.GetString()!
            : throw Problem(location, "\"id\" must be a non-empty string");
    }

    private static string[] ReadTurns(JsonElement root, CaseLocation location)
    {
        if (!root.TryGetProperty("turns", out var turns))
        {
            throw Problem(location, "missing \"turns\"");
        }

        var texts = turns.ValueKind == JsonValueKind.Array ? ReadStrings(turns) : null;
        return texts is { Length: > 0 } && texts.All(text => !string.IsNullOrWhiteSpace(text))
            ? texts
            : throw Problem(location, "\"turns\" must be a non-empty array of non-empty strings");
    }

    private static string[] ReadAdvice(JsonElement advice, CaseLocation location)
    {
        var ids = advice.ValueKind == JsonValueKind.Array ? ReadStrings(advice) : null;
        if (ids is null)
        {
            throw Problem(location, "\"advice\" must be an array of advice ids ([] for no advice)");
        }

        foreach (var id in ids)
        {
            if (!AdviceIds.All.Contains(id, StringComparer.Ordinal))
            {
                throw Problem(location, $"unknown advice id \"{id}\" (ids: {string.Join(", ", AdviceIds.All)})");
            }
        }

        return ids;
    }

    private static ExpectedTriage ReadTriage(JsonElement triage, string field, CaseLocation location) =>
        triage.ValueKind == JsonValueKind.String && ExpectedTriageRules.TryParse(triage.GetString(), out var expected)
            ? expected
            : throw Problem(
                location,
                $"{field} must be one of {string.Join(", ", ExpectedTriageRules.WireNames)}, not {triage.GetRawText()}");

    private static FollowUpStep[] ReadThen(JsonElement then, CaseLocation location)
    {
        if (then.ValueKind != JsonValueKind.Array)
        {
            throw Problem(location, "\"then\" must be an array of {\"say\": ..., \"triage\": ...} objects");
        }

        var steps = new List<FollowUpStep>();
        foreach (var step in then.EnumerateArray())
        {
            var name = $"then[{steps.Count}]";
            if (step.ValueKind != JsonValueKind.Object)
            {
                throw Problem(location, $"{name} must be an object with \"say\" and \"triage\"");
            }

            foreach (var property in step.EnumerateObject())
            {
                if (property.Name is not ("say" or "triage"))
                {
                    throw Problem(location, $"{name} has an unknown field \"{property.Name}\" (fields: say, triage)");
                }
            }

            if (!step.TryGetProperty("say", out var say) || say.ValueKind != JsonValueKind.String
                || string.IsNullOrWhiteSpace(say.GetString()))
            {
                throw Problem(location, $"{name} needs \"say\": a non-empty string");
            }

            if (!step.TryGetProperty("triage", out var triage))
            {
                throw Problem(location, $"{name} needs \"triage\"");
            }

            steps.Add(new FollowUpStep(say.GetString()!, ReadTriage(triage, $"{name}.triage", location)));
        }

        return [.. steps];
    }

    private static string[]? ReadStrings(JsonElement array)
    {
        var values = new List<string>();
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            values.Add(item.GetString()!);
        }

        return [.. values];
    }

    private static EvaluationSetFormatException Problem(CaseLocation location, string problem) => new(location, problem);
}
