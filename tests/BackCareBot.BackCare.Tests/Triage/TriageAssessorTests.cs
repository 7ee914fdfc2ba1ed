using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare.Tests.Triage;

public sealed class TriageAssessorTests
{
    private static readonly WarningSign Fever = new(WarningSignIds.Fever, TriageLevel.Urgent);
    private static readonly WarningSign BothLegs = new(WarningSignIds.BothLegs, TriageLevel.Emergency);

    [Fact]
    public void NoFacts_IsNotApplicable() =>
        Assert.Equal(TriageAssessment.NotApplicable, TriageAssessor.Assess(PainFacts.None));

    [Fact]
    public void NullFacts_Throws() => Assert.Throws<ArgumentNullException>(() => TriageAssessor.Assess(null!));

    [Theory]
    [InlineData(Sharpness.Unknown, false, MissingPainFacts.Duration | MissingPainFacts.Sharpness)]
    [InlineData(Sharpness.NotSharp, false, MissingPainFacts.Duration)]
    [InlineData(Sharpness.Unknown, true, MissingPainFacts.Sharpness)]
    public void PainWithoutEnoughFacts_AsksForWhatIsMissing(Sharpness sharpness, bool durationKnown, MissingPainFacts missing)
    {
        var facts = new PainFacts { PainMentioned = true, Sharpness = sharpness, Duration = durationKnown ? TimeSpan.FromDays(2) : null };

        var assessment = TriageAssessor.Assess(facts);

        Assert.Equal(TriageStatus.NeedsFollowUp, assessment.Status);
        Assert.Null(assessment.Level);
        Assert.Equal(missing, assessment.Missing);
    }

    [Theory]
    [InlineData(0.0, TriageLevel.SelfCare, TriageAssessor.NewPainReason)]
    [InlineData(3.0, TriageLevel.SelfCare, TriageAssessor.NewPainReason)]
    [InlineData(6.99, TriageLevel.SelfCare, TriageAssessor.NewPainReason)]
    [InlineData(7.0, TriageLevel.Doctor, TriageAssessor.LongDurationReason)]
    [InlineData(8.0, TriageLevel.Doctor, TriageAssessor.LongDurationReason)]
    [InlineData(400.0, TriageLevel.Doctor, TriageAssessor.LongDurationReason)]
    public void DullPain_DependsOnTheOneWeekRule(double days, TriageLevel level, string reason)
    {
        var facts = new PainFacts { PainMentioned = true, Sharpness = Sharpness.NotSharp, Duration = TimeSpan.FromDays(days) };

        var assessment = TriageAssessor.Assess(facts);

        Assert.Equal(new[] { reason }, assessment.Reasons);
        Assert.Equal(level, assessment.Level);
        Assert.Equal(TriageStatus.Decided, assessment.Status);
    }

    [Fact]
    public void SharpPain_GoesToDoctorWithoutAskingHowLong()
    {
        var assessment = TriageAssessor.Assess(new PainFacts { PainMentioned = true, Sharpness = Sharpness.Sharp });

        Assert.Equal(TriageLevel.Doctor, assessment.Level);
        Assert.Equal(new[] { TriageAssessor.SharpPainReason }, assessment.Reasons);
        Assert.Equal(MissingPainFacts.None, assessment.Missing);
    }

    [Fact]
    public void SharpAnswerAlone_GoesToDoctor() =>
        Assert.Equal(TriageLevel.Doctor, TriageAssessor.Assess(new PainFacts { Sharpness = Sharpness.Sharp }).Level);

    [Fact]
    public void SharpAndLongPain_GivesBothReasons()
    {
        var facts = new PainFacts { PainMentioned = true, Sharpness = Sharpness.Sharp, Duration = TimeSpan.FromDays(14) };

        Assert.Equal(
            new[] { TriageAssessor.SharpPainReason, TriageAssessor.LongDurationReason },
            TriageAssessor.Assess(facts).Reasons);
    }

    [Fact]
    public void WarningSignWithoutPain_IsDecidedAtItsLevel()
    {
        var assessment = TriageAssessor.Assess(new PainFacts { WarningSigns = [BothLegs] });

        Assert.Equal(TriageLevel.Emergency, assessment.Level);
        Assert.Equal(["red-flag:both-legs"], assessment.Reasons);
    }

    [Fact]
    public void SeveralSigns_TakeTheMostUrgentAndListItFirst()
    {
        var assessment = TriageAssessor.Assess(new PainFacts { PainMentioned = true, WarningSigns = [Fever, BothLegs] });

        Assert.Equal(TriageLevel.Emergency, assessment.Level);
        Assert.Equal(["red-flag:both-legs", "red-flag:fever"], assessment.Reasons);
    }

    [Fact]
    public void UrgentSignWithSharpPain_StaysUrgentAndKeepsTheSharpReason()
    {
        var facts = new PainFacts { PainMentioned = true, Sharpness = Sharpness.Sharp, WarningSigns = [Fever] };

        var assessment = TriageAssessor.Assess(facts);

        Assert.Equal(TriageLevel.Urgent, assessment.Level);
        Assert.Equal(new[] { "red-flag:fever", TriageAssessor.SharpPainReason }, assessment.Reasons);
    }

    [Fact]
    public void WarningSignWithVaguePain_DoesNotWaitForFollowUpAnswers()
    {
        var assessment = TriageAssessor.Assess(new PainFacts { PainMentioned = true, WarningSigns = [Fever] });

        Assert.Equal(TriageStatus.Decided, assessment.Status);
        Assert.Equal(TriageLevel.Urgent, assessment.Level);
    }

    [Theory]
    [InlineData(Sharpness.NotSharp, null)]
    [InlineData(Sharpness.Unknown, 30.0)]
    [InlineData(Sharpness.NotSharp, 30.0)]
    public void NoPainAndNoSign_IsNotApplicable(Sharpness sharpness, double? days)
    {
        var facts = new PainFacts { Sharpness = sharpness, Duration = days is { } d ? TimeSpan.FromDays(d) : null };

        Assert.Equal(TriageStatus.NotApplicable, TriageAssessor.Assess(facts).Status);
    }

    [Fact]
    public void FactsCombinedOverTurns_DecideOnceComplete()
    {
        var first = new PainFacts { PainMentioned = true };
        var second = new PainFacts { Duration = TimeSpan.FromDays(10) };

        Assert.Equal(TriageStatus.NeedsFollowUp, TriageAssessor.Assess(first).Status);
        Assert.Equal(TriageLevel.Doctor, TriageAssessor.Assess(first.CombineWith(second)).Level);
    }
}
