using BackCareBot.Transcripts.Reading;

namespace BackCareBot.Transcripts.Replay;

/// <summary>
/// Replays files one after another, each against a fresh bot, printing every conversation and a summary line.
/// Unreadable files are reported with their path and position, and the others still replay.
/// </summary>
public static class TranscriptReplayRun
{
    public const int Passed = 0;
    public const int Mismatch = 1;
    public const int Unreadable = 2;

    public static async Task<int> RunAsync(
        IReadOnlyList<string> files,
        Func<IReplayTarget> createTarget,
        ReplayOptions options,
        TextWriter output,
        TextWriter error,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(createTarget);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (files.Count == 0)
        {
            await error.WriteLineAsync("No transcripts (.transcript or .chat files) to replay.").ConfigureAwait(false);
            return Unreadable;
        }

        int passed = 0, failed = 0, unreadable = 0;
        foreach (var file in files)
        {
            Transcript transcript;
            try
            {
                transcript = TranscriptFile.Read(file);
            }
            catch (TranscriptFormatException exception)
            {
                await error.WriteLineAsync(exception.Message).ConfigureAwait(false);
                unreadable++;
                continue;
            }

            var target = createTarget();
            await using (target.ConfigureAwait(false))
            {
                var result = await TranscriptReplayer.ReplayAsync(transcript, target, options, cancellationToken).ConfigureAwait(false);
                ReplayReportWriter.Write(output, result);
                await output.WriteLineAsync().ConfigureAwait(false);
                if (result.Passed)
                {
                    passed++;
                }
                else
                {
                    failed++;
                }
            }
        }

        ReplayReportWriter.WriteSummary(output, passed, failed, unreadable);
        return unreadable > 0 ? Unreadable : failed > 0 ? Mismatch : Passed;
    }
}
