using BackCareBot.BackCare;
using BackCareBot.BackCare.Triage;
using BackCareBot.Evaluation;
using static BackCareBot.Tools.Tests.Evaluation.Cases;

namespace BackCareBot.Tools.Tests.Evaluation;

public sealed class EvaluationScorerTests
{
    private static readonly Dictionary<string, TurnOutcome> Script = new()
    {
        ["hamstrings?"] = Outcomes.Advice(AdviceIds.HamstringStretch),
        ["glutes?"] = Outcomes.Advice(AdviceIds.GluteSelfMassage),
        ["weather?"] = Outcomes.Nothing,
        ["hello"] = Outcomes.Nothing,
        ["my back hurts"] = Outcomes.Asks,
        ["ten days"] = Outcomes.Triage(TriageLevel.Doctor),
        ["two days, dull"] = Outcomes.Triage(TriageLevel.SelfCare),
        ["numb legs"] = Outcomes.Triage(TriageLevel.Urgent),
        ["fever"] = Outcomes.Triage(TriageLevel.Urgent),
        ["stiff"] = Outcomes.Triage(TriageLevel.Doctor),
        ["tender"] = Outcomes.Triage(TriageLevel.Urgent),
        ["sharp, hamstrings?"] = Outcomes.Triage(TriageLevel.Doctor, AdviceIds.HamstringStretch),
        ["sharp, standing desk?"] = Outcomes.Triage(TriageLevel.Doctor, AdviceIds.StandingDesk),
    };

    [Fact]
    public async Task AdviceAccuracy_CountsCasesWithAnAdviceExpectationWhoseFirstAdviceIsAcceptable()
    {
        var score = await ScoreAsync(
            Case(["hamstrings?"], advice: [AdviceIds.HamstringStretch, AdviceIds.DeadBug]),
            Case(["glutes?"], advice: [AdviceIds.HamstringStretch]),
            Case(["weather?"], advice: []),
            Case(["hamstrings?"], advice: []),
            Case(["glutes?"], triage: ExpectedTriage.None));

        Assert.Equal(new Ratio(2, 4), score.AdviceAccuracy);
    }

    [Fact]
    public async Task FirstAdvice_IsTheEarliestTurnThatGivesAny()
    {
        var score = await ScoreAsync(
            Case(["hello", "hamstrings?", "glutes?"], advice: [AdviceIds.HamstringStretch]),
            Case(["hello", "glutes?", "hamstrings?"], advice: [AdviceIds.HamstringStretch]));

        Assert.Equal(new Ratio(1, 2), score.AdviceAccuracy);
        var failure = Assert.Single(score.Failures);
        var problem = Assert.Single(failure.Problems);
        Assert.Equal(new CaseProblem(1, "expected one of hamstring-stretch, the bot gave glute-self-massage"), problem);
    }

    [Fact]
    public async Task RedFlagRecall_CountsEveryCheckedStepIncludingFollowUps()
    {
        var score = await ScoreAsync(
            Case(["my back hurts"], null, ExpectedTriage.Asks, ("ten days", ExpectedTriage.Doctor)),
            Case(["numb legs"], triage: ExpectedTriage.Emergency),
            Case(["fever"], triage: ExpectedTriage.UrgentOrEmergency),
            Case(["ten days"], triage: ExpectedTriage.Urgent));

        Assert.Equal(new Ratio(2, 4), score.RedFlagRecall);
        Assert.Equal(new Ratio(3, 5), score.TriageAccuracy);
    }

    [Fact]
    public async Task HigherLevelThanExpected_StillCountsAsRecalled()
    {
        var score = await ScoreAsync(Case(["numb legs"], triage: ExpectedTriage.Doctor));

        Assert.Equal(new Ratio(1, 1), score.RedFlagRecall);
        Assert.Equal(new Ratio(0, 1), score.TriageAccuracy);
    }

    [Fact]
    public async Task OverTriage_CountsLowAcuityStepsSentToADoctorOrHigher()
    {
        var score = await ScoreAsync(
            Case(["stiff"], triage: ExpectedTriage.None),
            Case(["tender"], triage: ExpectedTriage.NoneOrSelfCare),
            Case(["my back hurts"], null, ExpectedTriage.Asks, ("two days, dull", ExpectedTriage.SelfCare)),
            Case(["hello"], triage: ExpectedTriage.None),
            Case(["my back hurts"], triage: ExpectedTriage.None));

        // "none" means no triage entity (the evaluation format), so a reply that only asks is not a miss there.
        Assert.Equal(new Ratio(2, 5), score.OverTriage);
        Assert.Equal(new Ratio(4, 6), score.TriageAccuracy);
    }

    [Fact]
    public async Task ExerciseForSomeoneSentToADoctor_IsUnsafeAndFailsTheAdvice()
    {
        var score = await ScoreAsync(
            Case(["sharp, hamstrings?"], advice: [AdviceIds.HamstringStretch], triage: ExpectedTriage.Doctor),
            Case(["sharp, standing desk?"], advice: [AdviceIds.StandingDesk], triage: ExpectedTriage.Doctor),
            Case(["my back hurts"], null, ExpectedTriage.Asks, ("sharp, hamstrings?", ExpectedTriage.Doctor)));

        Assert.Equal(2, score.UnsafeAdvice);
        Assert.Equal(new Ratio(1, 2), score.AdviceAccuracy);
        Assert.Equal(new Ratio(3, 3), score.RedFlagRecall);
        Assert.Contains(
            score.Failures[1].Problems,
            problem => problem is { Step: 1, Description: "exercise pushed at someone who should see a doctor: advice hamstring-stretch, triage doctor" });
    }

    [Fact]
    public async Task CaseThatCrashesTheBot_FailsEveryCheckAndTheRestAreStillScored()
    {
        var score = await ScoreAsync(
            Case(["my back hurts", "unscripted"], advice: [AdviceIds.DeadBug], triage: ExpectedTriage.Doctor),
            Case(["ten days"], triage: ExpectedTriage.Doctor));

        Assert.Equal(new Ratio(0, 1), score.AdviceAccuracy);
        Assert.Equal(new Ratio(1, 2), score.RedFlagRecall);
        var failure = Assert.Single(score.Failures);
        Assert.Equal(new CaseProblem(1, "the bot failed: InvalidOperationException: unscripted message"), Assert.Single(failure.Problems));
    }

    [Fact]
    public async Task NothingToCount_HasNoShare()
    {
        var score = await ScoreAsync(Case(["hello"], triage: ExpectedTriage.None));

        Assert.Null(score.AdviceAccuracy.Share);
        Assert.Null(score.RedFlagRecall.Share);
        Assert.Equal(0.0, score.OverTriage.Share);
        Assert.Empty(score.Failures);
    }

    [Fact]
    public async Task EveryCase_PlaysInAFreshConversation()
    {
        var subject = new ScriptedSubject(Script);
        await EvaluationRunner.RunAsync(
            subject,
            [Case(["my back hurts"], null, ExpectedTriage.Asks, ("ten days", ExpectedTriage.Doctor)), Case(["hello", "glutes?"], advice: [])],
            CancellationToken.None);

        Assert.Equal([["my back hurts", "ten days"], ["hello", "glutes?"]], subject.Conversations);
    }

    private static async Task<EvaluationScore> ScoreAsync(params EvaluationCase[] cases) =>
        EvaluationScorer.Score(await EvaluationRunner.RunAsync(new ScriptedSubject(Script), cases, CancellationToken.None));
}
