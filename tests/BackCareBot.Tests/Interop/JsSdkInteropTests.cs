namespace BackCareBot.Tests.Interop;

/// <summary>
/// BackCareBot against the official Bot Framework JS SDK acting as the channel (tests/Interop, see its README):
/// the SDK posts activities, BackCareBot's replies are received and parsed by the SDK's channel routes.
/// </summary>
public sealed class JsSdkInteropTests(JsSdkInteropRun run) : IClassFixture<JsSdkInteropRun>
{
    // Values the JS suite sends: a Teams thread id, the Direct Line-style conversation id prefix, message wording.
    public static TheoryData<string> SentByTheJsSuite { get; } = ["thread.skype", "K7fQx2", "hamstrings", "sharp pain", "stiff from sitting"];

    [Fact]
    public void JsSdkAsChannel_EveryScenarioPasses()
    {
        Assert.True(run.Problem is null, run.Problem);
        Assert.True(
            run.NodeExitCode == 0,
            $"`node --test` in tests/Interop {(run.NodeExitCode is { } code ? $"exited with {code}" : "ran out of time")}.\n"
            + $"--- node ---\n{run.NodeOutput}\n--- BackCareBot ---\n{run.BotLog}");
    }

    [Theory]
    [MemberData(nameof(SentByTheJsSuite))]
    public void BotLog_AfterTheJsSdkRun_HoldsNoMessageTextOrIds(string sent)
    {
        Assert.True(run.Problem is null, run.Problem);
        Assert.True(run.BotLog.Length > 0, "BackCareBot wrote nothing: the check below would prove nothing.");
        Assert.DoesNotContain(sent, run.BotLog, StringComparison.OrdinalIgnoreCase);
    }
}
