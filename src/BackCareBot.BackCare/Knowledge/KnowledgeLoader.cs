using BackCareBot.BackCare.Knowledge.Loading;

namespace BackCareBot.BackCare.Knowledge;

/// <summary>
/// Loads <c>dialogs/knowledge/</c>: one YAML file per advice id plus <c>vocabulary.yaml</c>. Runs once at startup;
/// anything malformed or incomplete stops the bot with every problem listed, rather than answering with half the
/// knowledge.
/// </summary>
public static class KnowledgeLoader
{
    public const string VocabularyFileName = "vocabulary.yaml";

    /// <exception cref="KnowledgeException">The folder is missing, or any file in it has a problem.</exception>
    public static KnowledgeBase Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new KnowledgeException([$"{folder}: the knowledge folder does not exist"]);
        }

        var log = new ProblemLog();
        var vocabularyPath = Path.Combine(folder, VocabularyFileName);
        var vocabulary = LoadVocabulary(vocabularyPath, log);
        var brokenFiles = new HashSet<string>(StringComparer.Ordinal);
        var files = LoadEntries(folder, brokenFiles, log);

        KnowledgeChecks.CheckIds(folder, files, brokenFiles, log);
        KnowledgeChecks.CheckLinks(files, vocabulary, log);
        if (vocabulary is not null)
        {
            KnowledgeChecks.CheckConceptsUsed(vocabularyPath, vocabulary, files.Select(file => file.Entry), log);
        }

        if (log.Count > 0 || vocabulary is null)
        {
            throw new KnowledgeException(log.Problems);
        }

        var entries = files.Select(file => file.Entry).OrderBy(entry => IndexOf(entry.Id)).ToArray();
        return new KnowledgeBase(entries, vocabulary);
    }

    private static Vocabulary? LoadVocabulary(string path, ProblemLog log)
    {
        if (!File.Exists(path))
        {
            log.Add(path, null, "is missing: the matcher needs the shared vocabulary");
            return null;
        }

        var mapping = YamlDocumentReader.ReadMapping(path, "vocabulary", log);
        return mapping is null ? null : VocabularyReader.Read(mapping, path, log);
    }

    /// <param name="brokenFiles">Receives the names (without extension) of files that could not be read as an entry.</param>
    private static List<(string Path, AdviceEntry Entry)> LoadEntries(string folder, HashSet<string> brokenFiles, ProblemLog log)
    {
        var files = new List<(string, AdviceEntry)>();
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (name == VocabularyFileName || name.StartsWith('.') || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!name.EndsWith(".yaml", StringComparison.Ordinal))
            {
                log.Add(path, null, "is not a .yaml file; the knowledge folder holds only advice .yaml files, vocabulary.yaml and README.md");
                continue;
            }

            var fileId = Path.GetFileNameWithoutExtension(path);
            var mapping = YamlDocumentReader.ReadMapping(path, $"entry '{fileId}'", log);
            var entry = mapping is null ? null : AdviceEntryReader.Read(mapping, path, fileId, log);
            if (entry is not null)
            {
                files.Add((path, entry));
            }
            else
            {
                brokenFiles.Add(fileId);
            }
        }

        return files;
    }

    private static int IndexOf(string id)
    {
        for (var i = 0; i < AdviceIds.All.Count; i++)
        {
            if (AdviceIds.All[i] == id)
            {
                return i;
            }
        }

        return int.MaxValue;
    }
}
