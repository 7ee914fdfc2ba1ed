using BackCareBot.BackCare;
using BackCareBot.Conversation.Dialogs.Recognition;
using BackCareBot.Conversation.Tests.Support;

namespace BackCareBot.Conversation.Tests.Replies;

public sealed class ReplyComposerTests
{
    private static readonly Conversation.Wording.HowToWording HowTo = Content.Wording.HowTo;

    [Fact]
    public void HowTo_GivesTheStepsHoldAndFrequencyOfTheAdvice()
    {
        var entry = Content.Knowledge[AdviceIds.HamstringStretch];

        var reply = Content.Composer.HowTo(entry, []);

        var paragraphs = reply.Text.Split("\n\n");
        Assert.Equal(HowTo.Heading.Replace("{title}", entry.Title, StringComparison.Ordinal), paragraphs[0]);
        Assert.Equal([.. entry.Steps.Select((step, index) => $"{index + 1}. {step}")], paragraphs[1].Split('\n'));
        Assert.Equal(HowTo.Hold.Replace("{hold}", entry.Hold, StringComparison.Ordinal), paragraphs[2]);
        Assert.Equal(HowTo.Frequency.Replace("{frequency}", entry.Frequency, StringComparison.Ordinal), paragraphs[3]);
        Assert.Equal(entry.StepsNote, paragraphs[4]);
        Assert.Equal(AdviceIds.HamstringStretch, reply.Advice?.Id);
        Assert.Null(reply.Advice?.Score);
    }

    [Fact]
    public void HowTo_OfAnExerciseTheArticleSaysLittleAbout_SaysSoHonestly()
    {
        var entry = Content.Knowledge[AdviceIds.HamstringStretch] with { Steps = [], Hold = null, Frequency = null, StepsNote = null };

        var reply = Content.Composer.HowTo(entry, []);

        Assert.Equal(
            [
                HowTo.Heading.Replace("{title}", entry.Title, StringComparison.Ordinal),
                HowTo.NoSteps,
                HowTo.Hold.Replace("{hold}", HowTo.NotSaid, StringComparison.Ordinal),
                HowTo.Frequency.Replace("{frequency}", HowTo.NotSaid, StringComparison.Ordinal),
            ],
            reply.Text.Split("\n\n"));
    }

    [Fact]
    public void HowTo_OfSetupAdvice_HasNoHoldOrFrequency()
    {
        var entry = Content.Knowledge[AdviceIds.DeskErgonomics];

        var reply = Content.Composer.HowTo(entry, []);

        Assert.DoesNotContain(HowTo.Hold.Replace("{hold}", "", StringComparison.Ordinal), reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(HowTo.NotSaid, reply.Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> Attributions => new()
    {
        { AdviceIds.HamstringStretch, "From John Levya, CSCS, CPT, in the article." },
        { AdviceIds.FoamRoller, "A reader's tip from the article's comments (Victor), not an expert's advice." },
    };

    [Theory]
    [MemberData(nameof(Attributions))]
    public void Advice_EndsWithItsAttribution(string adviceId, string attribution)
    {
        var reply = Content.Composer.Advice(Content.Knowledge[adviceId], 0.8, null, [FollowUp.HowTo]);

        Assert.EndsWith("\n\n" + attribution, reply.Text, StringComparison.Ordinal);
        Assert.Equal(new Conversation.Replies.AdviceDecision(adviceId, 0.8), reply.Advice);
        Assert.Equal([Content.Wording.Actions.HowTo], reply.Suggestions);
        Assert.False(reply.ExpectingInput);
    }
}
