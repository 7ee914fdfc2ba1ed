using BackCareBot.BackCare;
using BackCareBot.BackCare.Triage;
using BackCareBot.Evaluation;

namespace BackCareBot.Tools.Tests.Evaluation;

public sealed class EvaluateCommandTests : IDisposable
{
    private static readonly ScriptedSubject Bot = new(new Dictionary<string, TurnOutcome>
    {
        ["how long do I hold the hamstring stretch?"] = Outcomes.Advice(AdviceIds.HamstringStretch),
        ["my back hurts"] = Outcomes.Asks,
        ["about ten days"] = Outcomes.Triage(TriageLevel.Doctor),
        ["both legs are numb"] = Outcomes.Triage(TriageLevel.Urgent),
    });

    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    [Fact]
    public async Task SetMeetingTheTargets_PassesAndPrintsTheScores()
    {
        using var set = new TemporaryFile(
            """{"id":"hold","turns":["how long do I hold the hamstring stretch?"],"advice":["hamstring-stretch"],"triage":"none"}""",
            """{"id":"flow","turns":["my back hurts"],"triage":"asks","then":[{"say":"about ten days","triage":"doctor"}]}""");

        var exitCode = await RunAsync(set.Path);

        Assert.Equal(EvaluateCommand.Passed, exitCode);
        var report = output.ToString();
        Assert.Contains("2 cases from", report, StringComparison.Ordinal);
        Assert.Contains("advice accuracy  100% (1/1)", report, StringComparison.Ordinal);
        Assert.Contains("red-flag recall  100% (1/1)", report, StringComparison.Ordinal);
        Assert.Contains("over-triage      0% (0/1)", report, StringComparison.Ordinal);
        Assert.Contains("triage accuracy  100% (3/3)", report, StringComparison.Ordinal);
        Assert.Contains("PASS", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Failing cases", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissedRedFlag_FailsAndPrintsTheCaseWithWhatWasExpectedAndDecided()
    {
        using var set = new TemporaryFile(
            """{"id":"hold","turns":["how long do I hold the hamstring stretch?"],"advice":["hamstring-stretch"],"triage":"none"}""",
            """{"id":"numb","turns":["both legs are numb"],"triage":"emergency"}""");

        var exitCode = await RunAsync(set.Path);

        Assert.Equal(EvaluateCommand.BelowTargets, exitCode);
        var report = output.ToString();
        Assert.Contains($"numb  ({set.Path}:2)", report, StringComparison.Ordinal);
        Assert.Contains("  > both legs are numb  [advice none, triage urgent]", report, StringComparison.Ordinal);
        Assert.Contains("      ! expected triage emergency, the bot decided urgent", report, StringComparison.Ordinal);
        Assert.Contains("FAIL: red-flag recall 0% (0/1), must be at least 100%", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralFiles_AreScoredTogether()
    {
        using var first = new TemporaryFile("""{"id":"a","turns":["my back hurts"],"triage":"asks"}""");
        using var second = new TemporaryFile("""{"id":"a","turns":["about ten days"],"triage":"doctor"}""");

        var exitCode = await RunAsync(first.Path, second.Path);

        Assert.Equal(EvaluateCommand.Passed, exitCode);
        Assert.Contains("triage accuracy  100% (2/2)", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MalformedFile_StopsBeforeTheBotRunsAndNamesTheLine()
    {
        using var set = new TemporaryFile(
            """{"id":"hold","turns":["how long do I hold the hamstring stretch?"],"advice":["hamstring-stretch"]}""",
            """{"id":"numb","turns":["both legs are numb"],"triage":"emergency",}""");

        var exitCode = await EvaluateCommand.RunAsync(
            [set.Path], () => throw new InvalidOperationException("the bot must not start"), output, error, CancellationToken.None);

        Assert.Equal(EvaluateCommand.CannotRun, exitCode);
        Assert.StartsWith($"{set.Path}:2: not valid JSON", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public async Task MissingFile_CannotRun()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"backcare-eval-{Guid.NewGuid():N}.jsonl");

        var exitCode = await RunAsync(missing);

        Assert.Equal(EvaluateCommand.CannotRun, exitCode);
        Assert.Equal($"{missing}: no such evaluation file", error.ToString().TrimEnd());
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
    }

    private Task<int> RunAsync(params string[] files) =>
        EvaluateCommand.RunAsync(files, () => Bot, output, error, CancellationToken.None);
}
