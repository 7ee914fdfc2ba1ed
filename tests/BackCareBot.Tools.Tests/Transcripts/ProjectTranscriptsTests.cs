using BackCareBot.Tools.Tests.Evaluation;
using BackCareBot.Transcripts;
using BackCareBot.Transcripts.Reading;
using BackCareBot.Transcripts.Replay;

namespace BackCareBot.Tools.Tests.Transcripts;

/// <summary>
/// The executable specification: every transcript under <c>dialogs/</c> replayed against the bot, one case per file
/// (named by its path), failing with the whole conversation and the first difference.
/// </summary>
public sealed class ProjectTranscriptsTests
{
    private static readonly string Dialogs = Path.Combine(TestRepository.Root, "dialogs");

    public static TheoryData<string> Files => [.. Paths()];

    [Fact]
    public void Dialogs_HaveStarterTranscriptsInBothFormats()
    {
        Assert.Contains(Paths(), path => path.EndsWith(".transcript", StringComparison.Ordinal));
        Assert.Contains(Paths(), path => path.EndsWith(".chat", StringComparison.Ordinal));
    }

    /// <summary>
    /// Paths relative to <c>dialogs/</c>, with forward slashes: the case names, the same on every machine. Test runners
    /// show the first 50 characters of a case's argument, so transcript names stay short.
    /// </summary>
    private static List<string> Paths() =>
        [.. TranscriptFiles.Expand([Dialogs]).Select(file => Path.GetRelativePath(Dialogs, file).Replace('\\', '/'))];

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Transcript_ReplaysAsWritten(string file)
    {
        var transcript = TranscriptFile.Read(Path.Combine(Dialogs, file));
        await using var bot = ReplayedBot.Create(Dialogs);

        var result = await TranscriptReplayer.ReplayAsync(transcript, bot, ReplayedBot.Options, CancellationToken.None);

        var report = new StringWriter();
        ReplayReportWriter.Write(report, result);
        Assert.True(result.Passed, report.ToString());
    }
}
