using BackCareBot.BackCare.Triage;
using BackCareBot.Evaluation;

namespace BackCareBot.Tools.Tests.Evaluation;

public sealed class ExpectedTriageRulesTests
{
    public static TheoryData<ExpectedTriage, TurnOutcome, bool> Acceptance { get; } = new()
    {
        { ExpectedTriage.None, Outcomes.Nothing, true },
        { ExpectedTriage.None, Outcomes.Asks, true },
        { ExpectedTriage.None, Outcomes.Triage(TriageLevel.SelfCare), false },
        { ExpectedTriage.NoneOrSelfCare, Outcomes.Nothing, true },
        { ExpectedTriage.NoneOrSelfCare, Outcomes.Triage(TriageLevel.SelfCare), true },
        { ExpectedTriage.NoneOrSelfCare, Outcomes.Asks, true },
        { ExpectedTriage.NoneOrSelfCare, Outcomes.Triage(TriageLevel.Doctor), false },
        { ExpectedTriage.SelfCare, Outcomes.Triage(TriageLevel.SelfCare), true },
        { ExpectedTriage.SelfCare, Outcomes.Nothing, false },
        { ExpectedTriage.Doctor, Outcomes.Triage(TriageLevel.Doctor), true },
        { ExpectedTriage.Doctor, Outcomes.Triage(TriageLevel.Urgent), false },
        { ExpectedTriage.Urgent, Outcomes.Triage(TriageLevel.Urgent), true },
        { ExpectedTriage.Urgent, Outcomes.Triage(TriageLevel.Emergency), false },
        { ExpectedTriage.UrgentOrEmergency, Outcomes.Triage(TriageLevel.Urgent), true },
        { ExpectedTriage.UrgentOrEmergency, Outcomes.Triage(TriageLevel.Emergency), true },
        { ExpectedTriage.UrgentOrEmergency, Outcomes.Triage(TriageLevel.Doctor), false },
        { ExpectedTriage.Emergency, Outcomes.Triage(TriageLevel.Emergency), true },
        { ExpectedTriage.Emergency, Outcomes.Triage(TriageLevel.Urgent), false },
        { ExpectedTriage.Asks, Outcomes.Asks, true },
        { ExpectedTriage.Asks, Outcomes.Nothing, false },
        { ExpectedTriage.Asks, Outcomes.Triage(TriageLevel.SelfCare), false },
    };

    [Theory]
    [MemberData(nameof(Acceptance))]
    public void Accepts_MatchesTheLabelExactly(ExpectedTriage expected, TurnOutcome outcome, bool accepted) =>
        Assert.Equal(accepted, expected.Accepts(outcome));

    [Theory]
    [InlineData(ExpectedTriage.Doctor, TriageLevel.Doctor)]
    [InlineData(ExpectedTriage.Urgent, TriageLevel.Urgent)]
    [InlineData(ExpectedTriage.UrgentOrEmergency, TriageLevel.Urgent)]
    [InlineData(ExpectedTriage.Emergency, TriageLevel.Emergency)]
    public void RedFlagLabel_NeedsAtLeastItsLevel(ExpectedTriage expected, TriageLevel minimum) =>
        Assert.Equal(minimum, expected.RedFlagMinimum());

    [Theory]
    [InlineData(ExpectedTriage.None, true)]
    [InlineData(ExpectedTriage.SelfCare, true)]
    [InlineData(ExpectedTriage.NoneOrSelfCare, true)]
    [InlineData(ExpectedTriage.Asks, false)]
    [InlineData(ExpectedTriage.Doctor, false)]
    public void OnlyNoneAndSelfCare_AreLowAcuity(ExpectedTriage expected, bool lowAcuity) =>
        Assert.Equal(lowAcuity, expected.IsLowAcuity());

    [Theory]
    [InlineData(ExpectedTriage.None)]
    [InlineData(ExpectedTriage.SelfCare)]
    [InlineData(ExpectedTriage.NoneOrSelfCare)]
    [InlineData(ExpectedTriage.Asks)]
    public void LabelBelowDoctor_IsNotARedFlag(ExpectedTriage expected) => Assert.Null(expected.RedFlagMinimum());
}
