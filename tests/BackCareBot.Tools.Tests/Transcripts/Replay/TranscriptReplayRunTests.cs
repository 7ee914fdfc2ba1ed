using BackCareBot.Tools.Tests.Evaluation;
using BackCareBot.Transcripts;
using BackCareBot.Transcripts.Reading;
using BackCareBot.Transcripts.Replay;

namespace BackCareBot.Tools.Tests.Transcripts.Replay;

public sealed class TranscriptReplayRunTests
{
    private static readonly string Dialogs = Path.Combine(TestRepository.Root, "dialogs");

    [Fact]
    public async Task EveryProjectTranscript_ExitsZero()
    {
        var (exitCode, output, error) = await RunAsync(Path.Combine(Dialogs, "transcripts"));

        Assert.True(exitCode == TranscriptReplayRun.Passed, output + error);
        Assert.Contains(" passed, 0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DifferentReply_ExitsOneAndMarksIt()
    {
        using var folder = new TemporaryFolder();
        var file = folder.Write("wrong.chat", "user=Sam\nuser: what's the weather like tomorrow?\nbot: Sunny, 25 degrees.");

        var (exitCode, output, _) = await RunAsync(file);

        Assert.Equal(TranscriptReplayRun.Mismatch, exitCode);
        Assert.Contains("  ✗ bot: Sorry, I didn't follow that", output, StringComparison.Ordinal);
        Assert.Contains("expected: Sunny, 25 degrees.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnreadableFile_ExitsTwoWithItsPositionAndTheOthersStillReplay()
    {
        using var folder = new TemporaryFolder();
        var broken = folder.Write("a-broken.transcript", "[\n  {\"type\": \"message\",\n  \"text\": }\n]");
        folder.Write("b-wrong.chat", "user: what's the weather like tomorrow?\nbot: Sunny.");

        var (exitCode, output, error) = await RunAsync(folder.Path);

        Assert.Equal(TranscriptReplayRun.Unreadable, exitCode);
        Assert.Contains($"{broken}:3:", error, StringComparison.Ordinal);
        Assert.Contains("transcripts: 0 passed, 1 failed, 1 unreadable", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoTranscripts_ExitsTwo()
    {
        using var folder = new TemporaryFolder();

        var (exitCode, _, error) = await RunAsync(folder.Path);

        Assert.Equal(TranscriptReplayRun.Unreadable, exitCode);
        Assert.Contains("No transcripts", error, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] paths)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = await TranscriptReplayRun.RunAsync(
            TranscriptFiles.Expand(paths), () => ReplayedBot.Create(Dialogs), ReplayedBot.Options, output, error, CancellationToken.None);
        return (exitCode, output.ToString(), error.ToString());
    }
}
