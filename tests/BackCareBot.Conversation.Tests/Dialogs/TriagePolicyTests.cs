using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.State;

namespace BackCareBot.Conversation.Tests.Dialogs;

public sealed class TriagePolicyTests
{
    private static readonly PainFacts PainOnly = new() { PainMentioned = true };

    public static TheoryData<PainFacts, MissingPainFacts, TriageStatus, TriageLevel?, string[]> Decisions => new()
    {
        { PainOnly, MissingPainFacts.None, TriageStatus.NeedsFollowUp, null, [] },
        { PainOnly, MissingPainFacts.Duration, TriageStatus.Decided, TriageLevel.Doctor, [TriagePolicy.DurationUnknownReason] },
        {
            PainOnly with { Duration = TimeSpan.FromDays(2) }, MissingPainFacts.Sharpness,
            TriageStatus.Decided, TriageLevel.Doctor, [TriagePolicy.SharpnessUnknownReason]
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
    };

    [Theory]
    [MemberData(nameof(Decisions))]
    public void Assess_DecidesOnTheSafeSideOnlyWhenAMissingFactWentUnanswered(
        PainFacts facts, MissingPainFacts unanswered, TriageStatus status, TriageLevel? level, string[] reasons)
    {
        var triage = TriagePolicy.Assess(facts, unanswered);

        Assert.Equal(status, triage.Status);
        Assert.Equal(level, triage.Level);
        Assert.Equal(reasons, triage.Reasons);
    }

    public static TheoryData<TriageAssessment, AnnouncedTriage?, bool> News => new()
    {
        { Decided(TriageLevel.Doctor, "sharp-pain"), null, true },
        { Decided(TriageLevel.Doctor, "sharp-pain", "duration-over-a-week"), new AnnouncedTriage(TriageLevel.Doctor, ["sharp-pain"]), false },
        { Decided(TriageLevel.Emergency, "red-flag:both-legs"), new AnnouncedTriage(TriageLevel.Doctor, ["sharp-pain"]), true },
        {
            Decided(TriageLevel.Emergency, "red-flag:both-legs", "red-flag:bladder-control"),
            new AnnouncedTriage(TriageLevel.Emergency, ["red-flag:both-legs"]), true
        },
        { Decided(TriageLevel.SelfCare, "new-pain"), new AnnouncedTriage(TriageLevel.Doctor, ["sharp-pain"]), true },
        { TriageAssessment.NotApplicable, null, false },
    };

    [Theory]
    [MemberData(nameof(News))]
    public void IsNews_ForANewLevelOrANewWarningSign(TriageAssessment triage, AnnouncedTriage? announced, bool expected) =>
        Assert.Equal(expected, TriagePolicy.IsNews(triage, announced));

    private static TriageAssessment Decided(TriageLevel level, params string[] reasons) =>
        new(TriageStatus.Decided, level, reasons, MissingPainFacts.None);
}
