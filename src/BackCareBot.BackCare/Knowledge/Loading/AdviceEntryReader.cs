using YamlDotNet.RepresentationModel;

namespace BackCareBot.BackCare.Knowledge.Loading;

/// <summary>Reads one advice file's fields and checks what can be checked within the file alone.</summary>
internal static class AdviceEntryReader
{
    /// <summary>Weights are rounded into scores; anything smaller would round to nothing.</summary>
    public const double MinimumWeight = 0.05;

    private static readonly string[] Keys =
    [
        "id", "title", "kind", "source", "answer", "steps", "steps_note", "hold", "frequency", "why", "related",
        "vocabulary", "phrasings", "position",
    ];

    private static readonly string[] PositionKeys = ["needs", "version_avoids", "version_shows", "version_needs"];

    /// <param name="fileId">The file name without extension, used to name the entry when its id is missing.</param>
    public static AdviceEntry? Read(YamlMappingNode mapping, string path, string fileId, ProblemLog log)
    {
        var id = mapping.Children.TryGetValue(new YamlScalarNode("id"), out var idNode) && idNode is YamlScalarNode { Value: { } text }
            && !string.IsNullOrWhiteSpace(text)
            ? text.Trim()
            : null;
        var entry = new MappingReader(mapping, path, $"entry '{id ?? fileId}'", log);
        if (id is null)
        {
            entry.RequiredText("id");
        }

        entry.RejectUnknownKeys(Keys);
        var title = entry.RequiredText("title");
        var kind = ReadKind(entry);
        var attribution = AttributionReader.Read(entry);
        var answer = ReadAnswer(entry);
        var steps = entry.RequiredTextList("steps");
        var stepsNote = entry.OptionalText("steps_note");
        var hold = kind == AdviceKind.Exercise ? entry.RequiredText("hold") : entry.OptionalText("hold");
        var frequency = kind == AdviceKind.Exercise ? entry.RequiredText("frequency") : entry.OptionalText("frequency");
        var why = entry.RequiredText("why");
        var related = entry.RequiredTextList("related");
        var vocabulary = ReadVocabulary(entry);
        var phrasings = entry.RequiredTextList("phrasings");
        var position = ReadPosition(entry);

        if (id is null || title is null || kind is null || attribution is null || answer is null || steps is null
            || why is null || related is null || vocabulary is null || phrasings is null || position is null
            || (kind == AdviceKind.Exercise && (hold is null || frequency is null)))
        {
            return null;
        }

        return new AdviceEntry(
            id, title, kind.Value, attribution, answer, steps, stepsNote, hold, frequency, why, related, phrasings, vocabulary)
        {
            Position = position,
        };
    }

    /// <summary>The optional <c>position</c>: what the move needs, and what its easier version does without.</summary>
    private static PositionNeeds? ReadPosition(MappingReader entry)
    {
        if (entry.Node("position") is not { } node)
        {
            return PositionNeeds.None;
        }

        if (node is not YamlMappingNode mapping)
        {
            entry.Problem("'position' must be a mapping with 'needs' and, where the easier version avoids them, 'version_avoids'");
            return null;
        }

        var position = entry.Child(mapping, "position");
        position.RejectUnknownKeys(PositionKeys);
        var needs = position.RequiredTextList("needs");
        var avoids = position.Node("version_avoids") is { } avoided ? position.TextListOf("version_avoids", avoided) : [];
        var shows = position.OptionalText("version_shows");
        var versionNeeds = position.Node("version_needs") is { } versionNode ? position.TextListOf("version_needs", versionNode) : [];
        if (needs is null || avoids is null || versionNeeds is null)
        {
            return null;
        }

        if (needs.Concat(avoids).Concat(versionNeeds).FirstOrDefault(name => !Positions.IsKnown(name)) is { } unknown)
        {
            position.Problem($"'position' names '{unknown}', which is not one of {string.Join(", ", Positions.All)}");
            return null;
        }

        if (shows is not null && !AdviceIds.All.Contains(shows))
        {
            position.Problem($"'position.version_shows' names '{shows}', which is not an advice id");
            return null;
        }

        return new PositionNeeds(needs, avoids, shows, versionNeeds);
    }

    private static AdviceKind? ReadKind(MappingReader entry)
    {
        var kind = entry.RequiredText("kind");
        switch (kind)
        {
            case null:
                return null;
            case "exercise":
                return AdviceKind.Exercise;
            case "setup":
                return AdviceKind.Setup;
            case "explanation":
                return AdviceKind.Explanation;
            default:
                entry.Problem($"'kind' must be 'exercise', 'setup' or 'explanation', not '{kind}'");
                return null;
        }
    }

    private static string? ReadAnswer(MappingReader entry)
    {
        var answer = entry.RequiredText("answer");
        if (answer is null)
        {
            return null;
        }

        var sentences = Sentences.Count(answer);
        if (sentences is < 2 or > 4)
        {
            entry.Problem($"'answer' must be 2 to 4 sentences, not {sentences}");
            return null;
        }

        return answer;
    }

    private static Dictionary<string, double>? ReadVocabulary(MappingReader entry)
    {
        var node = entry.RequiredMapping("vocabulary");
        if (node is null)
        {
            return null;
        }

        if (node.Children.Count == 0)
        {
            entry.Problem("'vocabulary' must not be empty");
            return null;
        }

        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in node.Children)
        {
            var concept = (key as YamlScalarNode)?.Value ?? string.Empty;
            if (!MappingReader.TryNumber(value, out var weight) || weight is < MinimumWeight or > 1)
            {
                entry.Problem($"'vocabulary' weight of '{concept}' must be a number from {MinimumWeight} to 1");
                continue;
            }

            weights[concept] = weight;
        }

        return weights.Count == node.Children.Count ? weights : null;
    }
}
