using BackCareBot.BackCare;
using BackCareBot.Evaluation;

namespace BackCareBot.Tools.Tests.Evaluation;

/// <summary>The project's own evaluation set: well formed, covering what it promises, and passed by the bot.</summary>
public sealed class ProjectEvaluationSetTests
{
    private static readonly string SetPath = RepositoryRoot.EvaluationSet(TestRepository.Root);

    [Fact]
    public void ProjectSet_CoversEveryAdviceIdWithAtLeastTenCases()
    {
        var cases = EvaluationSetReader.ReadFile(SetPath);

        var casesPerId = AdviceIds.All.ToDictionary(id => id, id => cases.Count(read => read.Advice?.Contains(id) == true));

        Assert.All(casesPerId, pair => Assert.True(pair.Value >= 10, $"{pair.Key}: {pair.Value} cases"));
        Assert.Contains(cases, read => read.Advice is []);
    }

    [Fact]
    public void ProjectSet_CoversEveryTriageLabelAndFollowUps()
    {
        var cases = EvaluationSetReader.ReadFile(SetPath);

        var labels = cases.SelectMany(read => read.TriageChecks).Select(check => check.Expected).ToHashSet();

        Assert.Equal(Enum.GetValues<ExpectedTriage>().ToHashSet(), labels);
        Assert.True(cases.Count >= 220, $"{cases.Count} cases");
        Assert.Contains(cases, read => read.Then.Count > 1);
    }

    [Fact]
    public async Task ProjectSet_MeetsTheTargetsOnTheWholeBot()
    {
        var cases = EvaluationSetReader.ReadFile(SetPath);
        var subject = BotEvaluationSubject.Load(TestRepository.Root, new EvaluationClock());

        await AssertMeetsTheTargetsAsync(subject, cases);
    }

    [Fact]
    public async Task ProjectSet_MeetsTheTargetsOnTheBackCareLayer()
    {
        var cases = EvaluationSetReader.ReadFile(SetPath);
        var subject = new BackCareEvaluationSubject(EvaluatedBackCare.Load(TestRepository.Root), new EvaluationClock());

        await AssertMeetsTheTargetsAsync(subject, cases);
    }

    private static async Task AssertMeetsTheTargetsAsync(IEvaluationSubject subject, IReadOnlyList<EvaluationCase> cases)
    {
        var score = EvaluationScorer.Score(await EvaluationRunner.RunAsync(subject, cases, CancellationToken.None));

        var report = new StringWriter();
        EvaluationReportWriter.Write(report, [SetPath], score, EvaluationTargets.Default);
        Assert.True(EvaluationTargets.Default.Missed(score).Count == 0, report.ToString());
    }
}
