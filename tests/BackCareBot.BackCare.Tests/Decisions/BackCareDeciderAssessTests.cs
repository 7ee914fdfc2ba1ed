using BackCareBot.BackCare.Triage;
using BackCareBot.BackCare.Decisions;

namespace BackCareBot.BackCare.Tests.Decisions;

public sealed class BackCareDeciderAssessTests
{
    private static readonly PainFacts PainOnly = new() { PainMentioned = true };

    public static TheoryData<PainFacts, MissingPainFacts, TriageStatus, TriageLevel?, string[]> Decisions => new()
    {
        { PainOnly, MissingPainFacts.None, TriageStatus.NeedsFollowUp, null, [] },
        { PainOnly, MissingPainFacts.Duration, TriageStatus.Decided, TriageLevel.Doctor, [BackCareDecider.DurationUnknownReason] },
        {
            PainOnly with { Duration = TimeSpan.FromDays(2) }, MissingPainFacts.Sharpness,
            TriageStatus.Decided, TriageLevel.Doctor, [BackCareDecider.SharpnessUnknownReason]
        },
        {
            PainOnly with { Duration = TimeSpan.FromDays(2) }, MissingPainFacts.Duration,
            TriageStatus.NeedsFollowUp, null, []
        },
        {
            PainOnly with { Duration = TimeSpan.FromDays(2), Sharpness = Sharpness.NotSharp }, MissingPainFacts.Duration | MissingPainFacts.Sharpness,
            TriageStatus.Decided, TriageLevel.SelfCare, [TriageAssessor.NewPainReason]
        },
        { PainFacts.None, MissingPainFacts.Duration, TriageStatus.NotApplicable, null, [] },
        {
            PainFacts.None, MissingPainFacts.Screening,
            TriageStatus.Decided, TriageLevel.Doctor, [BackCareDecider.ScreeningUnansweredReason]
        },
    };

    [Theory]
    [MemberData(nameof(Decisions))]
    public void Assess_DecidesOnTheSafeSideOnlyWhenAMissingFactWentUnanswered(
        PainFacts facts, MissingPainFacts unanswered, TriageStatus status, TriageLevel? level, string[] reasons)
    {
        var triage = BackCareDecider.Assess(facts, unanswered);

        Assert.Equal(status, triage.Status);
        Assert.Equal(level, triage.Level);
        Assert.Equal(reasons, triage.Reasons);
    }

}
