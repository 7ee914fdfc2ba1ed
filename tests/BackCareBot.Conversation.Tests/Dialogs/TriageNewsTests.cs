using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.State;

namespace BackCareBot.Conversation.Tests.Dialogs;

public sealed class TriageNewsTests
{
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
        { Decided(TriageLevel.Emergency, "crisis"), new AnnouncedTriage(TriageLevel.Emergency, ["red-flag:both-legs"]), true },
    };

    [Theory]
    [MemberData(nameof(News))]
    public void IsNews_ForANewLevelOrANewWarningSign(TriageAssessment triage, AnnouncedTriage? announced, bool expected) =>
        Assert.Equal(expected, TriageNews.IsNews(triage, announced));

    private static TriageAssessment Decided(TriageLevel level, params string[] reasons) =>
        new(TriageStatus.Decided, level, reasons, MissingPainFacts.None);
}
