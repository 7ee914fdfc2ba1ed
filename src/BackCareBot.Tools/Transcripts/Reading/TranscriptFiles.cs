namespace BackCareBot.Transcripts.Reading;

/// <summary>Expands files and folders given on a command line into the transcript files to replay.</summary>
public static class TranscriptFiles
{
    /// <summary>
    /// Each file as given; each folder's <c>.transcript</c> and <c>.chat</c> files, recursively, in ordinal order so
    /// every machine replays them in the same order. A path that is neither is returned as is, to be reported unreadable.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(TranscriptFile.IsTranscriptFile)
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }

        return files;
    }
}
