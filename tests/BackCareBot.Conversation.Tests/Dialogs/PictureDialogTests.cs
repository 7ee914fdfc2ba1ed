using BackCareBot.BackCare;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.Tests.Support;

namespace BackCareBot.Conversation.Tests.Dialogs;

/// <summary>"Show me", "can you show me?", "is there a picture?", "is there a video?": the picture of what is on screen, honestly.</summary>
public sealed class PictureDialogTests
{
    private const string HamstringQuestion = "how long do I hold the hamstring stretch?";

    [Theory]
    [InlineData("show me")]
    [InlineData("can you show me?")]
    [InlineData("is there a picture?")]
    [InlineData("what does it look like?")]
    public void AfterAdvice_ShowMe_GivesItsPictureWithTheSteps(string message)
    {
        var result = EngineConversation.Last(HamstringQuestion, message);

        var reply = Assert.Single(result.Replies);
        Assert.Equal(AdviceIds.HamstringStretch, reply.Advice?.Id);
        Assert.Equal(AdviceIds.HamstringStretch, reply.Card?.Picture?.AdviceId);
        Assert.Contains(reply.Card!.Paragraphs, paragraph => paragraph.StartsWith($"1. {Content.Knowledge[AdviceIds.HamstringStretch].Steps[0]}\n2. ", StringComparison.Ordinal));
        Assert.Contains(reply.Card.Picture!.AltText, reply.Text, StringComparison.Ordinal);
        Assert.Equal(DialogIds.Advice, result.State?.Dialog);
    }

    [Theory]
    [InlineData("is there a video?")]
    [InlineData("any video")]
    public void AfterAdvice_AVideo_IsSaidNotToExist_AndThePictureShownInstead(string message)
    {
        var reply = Assert.Single(EngineConversation.Last(HamstringQuestion, message).Replies);

        Assert.StartsWith(Content.Wording.Pictures.NoVideo, reply.Text, StringComparison.Ordinal);
        Assert.Equal(Content.Wording.Pictures.NoVideo, reply.Card?.Paragraphs[0]);
        Assert.NotNull(reply.Card?.Picture);
    }

    [Fact]
    public void BeforeAnyAdvice_ShowMe_SaysWhatToAskFirst()
    {
        var reply = Assert.Single(EngineConversation.Last("show me").Replies);

        Assert.Equal(Content.Wording.Pictures.NothingShown, reply.Text);
        Assert.NotEmpty(reply.Suggestions);
    }

    [Fact]
    public void AfterAnExplanation_ShowMe_SaysThereIsNoPicture()
    {
        var reply = Assert.Single(EngineConversation.Last("why does sitting make my lower back stiff?", "show me").Replies);

        Assert.Equal(Content.Wording.Pictures.NoPicture, reply.Text);
        Assert.Null(reply.Card);
    }

    [Fact]
    public void InTheRoutine_ShowMe_ShowsTheStretchOnScreen_AndKeepsNextSkipAndStop()
    {
        var result = EngineConversation.Last("give me a routine", "next", "show me");

        var reply = Assert.Single(result.Replies);
        Assert.Equal(Content.Wording.Routine.Steps[1], reply.Card?.Picture?.AdviceId);
        Assert.Equal([Content.Wording.Routine.Next, Content.Wording.Routine.Skip, Content.Wording.Routine.Stop], reply.Suggestions);
        Assert.Equal(DialogIds.Routine, result.State?.Dialog);
        Assert.Equal(1, result.State?.RoutineStep);
    }

    [Fact]
    public void AfterSharpPain_ShowMe_GivesTheDecision_NotTheExercise()
    {
        var result = EngineConversation.Last(HamstringQuestion, "I have a sharp pain in my lower back", "show me");

        var reply = Assert.Single(result.Replies);
        Assert.Null(reply.Card?.Picture);
        Assert.Null(reply.Advice);
        Assert.Equal(TriageLevel.Doctor, reply.Triage?.Level);
    }

    [Fact]
    public void ShowMeAStretchByName_IsThatStretch()
    {
        var reply = Assert.Single(EngineConversation.Last(HamstringQuestion, "show me the hip flexor stretch").Replies);

        Assert.Equal(AdviceIds.HipFlexorStretch, reply.Advice?.Id);
        Assert.Equal(AdviceIds.HipFlexorStretch, reply.Card?.Picture?.AdviceId);
    }
}
