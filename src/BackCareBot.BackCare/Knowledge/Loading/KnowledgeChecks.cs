using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Knowledge.Loading;

/// <summary>The checks that need the whole folder: ids against the design, links between entries, vocabulary use.</summary>
internal static class KnowledgeChecks
{
    /// <summary>Below this weight a concept only supports an entry; an entry needs one concept that leads to it.</summary>
    public const double LeadingWeight = 0.5;

    /// <param name="brokenFiles">Files already reported as broken: their ids are not reported missing as well.</param>
    public static void CheckIds(
        string folder, IReadOnlyList<(string Path, AdviceEntry Entry)> files, IReadOnlySet<string> brokenFiles, ProblemLog log)
    {
        var firstPathById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, entry) in files)
        {
            var subject = $"entry '{entry.Id}'";
            if (!AdviceIds.All.Contains(entry.Id))
            {
                log.Add(path, subject, $"unknown advice id '{entry.Id}'; the design's ids are: {string.Join(", ", AdviceIds.All)}");
            }

            if (Path.GetFileNameWithoutExtension(path) != entry.Id)
            {
                log.Add(path, subject, $"the file name must match the id: name it '{entry.Id}.yaml'");
            }

            if (!firstPathById.TryAdd(entry.Id, path))
            {
                log.Add(path, subject, $"duplicate id: '{entry.Id}' is already used by {firstPathById[entry.Id]}");
            }
        }

        foreach (var id in AdviceIds.All)
        {
            if (!firstPathById.ContainsKey(id) && !brokenFiles.Contains(id))
            {
                log.Add(folder, null, $"no entry for advice id '{id}' (expected {id}.yaml)");
            }
        }
    }

    public static void CheckLinks(IReadOnlyList<(string Path, AdviceEntry Entry)> files, Vocabulary? vocabulary, ProblemLog log)
    {
        var concepts = vocabulary?.Concepts.ToDictionary(concept => concept.Name, StringComparer.Ordinal);
        var phrasingOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, entry) in files)
        {
            var subject = $"entry '{entry.Id}'";
            CheckRelated(path, subject, entry, log);
            if (concepts is not null)
            {
                CheckVocabulary(path, subject, entry, concepts, log);
            }

            foreach (var phrasing in entry.Phrasings)
            {
                var text = MessageNormalizer.Normalize(phrasing).Text;
                if (!phrasingOwners.TryAdd(text, entry.Id))
                {
                    log.Add(path, subject, $"phrasing '{phrasing}' is also listed under entry '{phrasingOwners[text]}'");
                }
            }
        }
    }

    public static void CheckConceptsUsed(string vocabularyPath, Vocabulary vocabulary, IEnumerable<AdviceEntry> entries, ProblemLog log)
    {
        var used = entries.SelectMany(entry => entry.Vocabulary.Keys).ToHashSet(StringComparer.Ordinal);
        foreach (var concept in vocabulary.Concepts)
        {
            if (concept.Role == ConceptRole.Specific && !used.Contains(concept.Name))
            {
                log.Add(vocabularyPath, $"concept '{concept.Name}'", "is specific but no entry's 'vocabulary' uses it");
            }
        }
    }

    private static void CheckRelated(string path, string subject, AdviceEntry entry, ProblemLog log)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var related in entry.Related)
        {
            if (related == entry.Id)
            {
                log.Add(path, subject, "'related' lists the entry itself");
            }
            else if (!AdviceIds.All.Contains(related))
            {
                log.Add(path, subject, $"'related' names '{related}', which is not an advice id");
            }
            else if (!seen.Add(related))
            {
                log.Add(path, subject, $"'related' lists '{related}' twice");
            }
        }
    }

    private static void CheckVocabulary(
        string path, string subject, AdviceEntry entry, Dictionary<string, Concept> concepts, ProblemLog log)
    {
        var leads = false;
        foreach (var (name, weight) in entry.Vocabulary)
        {
            if (!concepts.TryGetValue(name, out var concept))
            {
                log.Add(path, subject, $"'vocabulary' names unknown concept '{name}' (not in vocabulary.yaml)");
            }
            else if (concept.Role == ConceptRole.Specific && weight >= LeadingWeight)
            {
                leads = true;
            }
        }

        if (!leads)
        {
            log.Add(path, subject, $"'vocabulary' needs a specific concept weighted {LeadingWeight} or more, or no question leads here");
        }
    }
}
