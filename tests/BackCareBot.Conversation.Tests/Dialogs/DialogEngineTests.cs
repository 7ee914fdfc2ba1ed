using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.Tests.Support;

namespace BackCareBot.Conversation.Tests.Dialogs;

/// <summary>The dialog transitions: after these messages, which dialog answered, which waits, and what was decided.</summary>
public sealed class DialogEngineTests
{
    private const string MyBackHurts = "my back hurts";
    private const string HamstringQuestion = "how long do I hold the hamstring stretch?";
    private const string RollerOrDesk = "should I get a foam roller or a standing desk";
    private const string BallOrRoller = "is a massage ball better than a foam roller";
    private const string SharpPain = "I have a sharp pain in my lower back";

    public static TheoryData<string[], string, string?, string?, TriageLevel?, bool> Transitions => new()
    {
        // messages, dialog that answered, dialog waiting after, advice given, triage told, asks
        { [MyBackHurts], DialogIds.TriageFollowUp, DialogIds.TriageFollowUp, null, null, true },
        { [MyBackHurts, "about ten days"], DialogIds.Triage, null, null, TriageLevel.Doctor, false },
        { [MyBackHurts, "two days"], DialogIds.TriageFollowUp, DialogIds.TriageFollowUp, null, null, true },
        { [MyBackHurts, "two days", "yes"], DialogIds.Triage, null, null, TriageLevel.Doctor, false },
        { [MyBackHurts, "two days", "no"], DialogIds.Triage, null, null, TriageLevel.SelfCare, false },
        { [MyBackHurts, "two days", "no, it's dull"], DialogIds.Triage, null, null, TriageLevel.SelfCare, false },
        { [MyBackHurts, "two days", "yes, stabbing"], DialogIds.Triage, null, null, TriageLevel.Doctor, false },
        { [MyBackHurts, "yes"], DialogIds.TriageFollowUp, DialogIds.TriageFollowUp, null, null, true },
        { [MyBackHurts, "yes", "two days"], DialogIds.TriageFollowUp, DialogIds.TriageFollowUp, null, null, true },
        { [MyBackHurts, "yes", "no"], DialogIds.Triage, null, null, TriageLevel.Doctor, false },
        { [MyBackHurts, "how do I stretch my hamstrings?"], DialogIds.TriageFollowUp, DialogIds.TriageFollowUp, null, null, true },
        { [MyBackHurts, "how do I stretch my hamstrings?", "two days", "no, it's dull"], DialogIds.Advice, DialogIds.Advice, AdviceIds.HamstringStretch, TriageLevel.SelfCare, false },
        { [MyBackHurts, "help"], DialogIds.Help, DialogIds.TriageFollowUp, null, null, false },
        { [MyBackHurts, "help", "about ten days"], DialogIds.Triage, null, null, TriageLevel.Doctor, false },
        { [MyBackHurts, "start over"], DialogIds.StartOver, null, null, null, false },
        { [MyBackHurts, "I can't control my bladder"], DialogIds.Triage, null, null, TriageLevel.Emergency, false },
        { [HamstringQuestion], DialogIds.Advice, DialogIds.Advice, AdviceIds.HamstringStretch, null, false },
        { [HamstringQuestion, "How do I do it?"], DialogIds.Advice, DialogIds.Advice, AdviceIds.HamstringStretch, null, false },
        { [HamstringQuestion, "next"], DialogIds.Advice, DialogIds.Advice, AdviceIds.HipFlexorStretch, null, false },
        { [HamstringQuestion, "next", "another one"], DialogIds.Advice, DialogIds.Advice, AdviceIds.HalfKneelingWindmill, null, false },
        { [HamstringQuestion, "why"], DialogIds.Advice, DialogIds.Advice, AdviceIds.WhySittingHurts, null, false },
        { [HamstringQuestion, "How do I do it?", "now both my legs are going numb"], DialogIds.Triage, null, null, TriageLevel.Emergency, false },
        { [HamstringQuestion, "start over", "How do I do it?"], DialogIds.Help, null, null, null, false },
        { ["next"], DialogIds.Help, null, null, null, false },
        { [BallOrRoller], DialogIds.Advice, DialogIds.Advice, AdviceIds.FoamRoller, null, false },
        { [RollerOrDesk], DialogIds.Disambiguation, DialogIds.Disambiguation, null, null, true },
        { [RollerOrDesk, "1"], DialogIds.Advice, DialogIds.Advice, AdviceIds.FoamRoller, null, false },
        { [RollerOrDesk, "Stand while you work (a reader's tip)"], DialogIds.Advice, DialogIds.Advice, AdviceIds.StandingDesk, null, false },
        { [RollerOrDesk, "none of these"], DialogIds.Fallback, null, null, null, false },
        { [RollerOrDesk, HamstringQuestion], DialogIds.Advice, DialogIds.Advice, AdviceIds.HamstringStretch, null, false },
        { [RollerOrDesk, "I've had a fever for two days and my back hurts"], DialogIds.Triage, null, null, TriageLevel.Urgent, false },
        { [SharpPain], DialogIds.Triage, null, null, TriageLevel.Doctor, false },
        { [SharpPain, "how do I stretch my hamstrings?"], DialogIds.Triage, null, null, TriageLevel.Doctor, false },
        { [SharpPain, "why does sitting make my back stiff?"], DialogIds.Advice, DialogIds.Advice, AdviceIds.WhySittingHurts, null, false },
        { ["sharp pain in my back, should I get a standing desk?"], DialogIds.Advice, DialogIds.Advice, AdviceIds.StandingDesk, TriageLevel.Doctor, false },
        { ["I have a sharp pain, how should I set up my desk?"], DialogIds.Advice, DialogIds.Advice, AdviceIds.DeskErgonomics, TriageLevel.Doctor, false },
        { ["I get a sharp pain in my lower back when I stand up after sitting"], DialogIds.Triage, null, null, TriageLevel.Doctor, false },
        { ["stabbing pain in my back, what stretch helps?"], DialogIds.Triage, null, null, TriageLevel.Doctor, false },
        { ["dull ache in my lower back since yesterday"], DialogIds.Triage, null, null, TriageLevel.SelfCare, false },
        { ["dull ache in my lower back since yesterday", HamstringQuestion], DialogIds.Advice, DialogIds.Advice, AdviceIds.HamstringStretch, null, false },
        { ["dull ache in my lower back since yesterday", "now it's sharp"], DialogIds.Triage, null, null, TriageLevel.Doctor, false },
        { ["hi"], DialogIds.Welcome, null, null, null, false },
        { ["help"], DialogIds.Help, null, null, null, false },
        { [""], DialogIds.EmptyMessage, null, null, null, false },
        { ["🙂🔥"], DialogIds.EmptyMessage, null, null, null, false },
        { ["what's the weather like tomorrow?"], DialogIds.Fallback, null, null, null, false },
    };

    [Theory]
    [MemberData(nameof(Transitions))]
    public void Messages_LeadToTheExpectedDialogAndDecision(
        string[] messages, string answeredBy, string? waitingIn, string? adviceId, TriageLevel? level, bool asks)
    {
        var result = EngineConversation.Last(messages);

        Assert.Equal(answeredBy, result.DialogId);
        Assert.Equal(waitingIn, result.State?.Dialog);
        Assert.Equal(adviceId, result.Replies.Select(reply => reply.Advice?.Id).FirstOrDefault(id => id is not null));
        Assert.Equal(level, result.Replies.Select(reply => reply.Triage?.Level).FirstOrDefault(decided => decided is not null));
        Assert.Equal(asks, result.Replies[^1].ExpectingInput);
    }

    [Fact]
    public void ForgetMe_LeavesNoStateToStore()
    {
        var result = EngineConversation.Last(MyBackHurts, "forget me");

        Assert.Equal(DialogIds.ForgetMe, result.DialogId);
        Assert.True(result.ForgetsEverything);
    }

    [Fact]
    public void StartOver_ForgetsThePainFactsToo()
    {
        var result = EngineConversation.Last(SharpPain, "reset");

        Assert.True(result.State!.IsFresh);
    }

    [Fact]
    public void PainFacts_AccumulateAcrossTurns()
    {
        var result = EngineConversation.Last(MyBackHurts, "two days", "no");

        var facts = result.State!.PainFacts!;
        Assert.True(facts.PainMentioned);
        Assert.Equal(TimeSpan.FromDays(2), facts.Duration);
        Assert.Equal(Sharpness.NotSharp, facts.Sharpness);
    }

    [Fact]
    public void DurationQuestion_ComesBeforeTheSharpnessQuestion()
    {
        var results = EngineConversation.Play(MyBackHurts, "about three days");

        Assert.Equal(Content.Wording.Questions.Duration, results[0].Replies[^1].Text);
        Assert.Equal(Content.Wording.Questions.Sharpness, results[1].Replies[^1].Text);
    }

    [Fact]
    public void SharpnessQuestion_OffersQuickAnswersThatAreUnderstood()
    {
        var question = EngineConversation.Last(MyBackHurts, "two days").Replies[^1];

        Assert.Equal([Content.Wording.Actions.SharpAnswer, Content.Wording.Actions.DullAnswer], question.Suggestions);
        Assert.Equal(TriageLevel.Doctor, EngineConversation.Last(MyBackHurts, "two days", question.Suggestions[0]).Replies[0].Triage?.Level);
        Assert.Equal(TriageLevel.SelfCare, EngineConversation.Last(MyBackHurts, "two days", question.Suggestions[1]).Replies[0].Triage?.Level);
    }

    [Fact]
    public void NonAnswerToHowLong_IsAskedOnceMoreThenDecidedOnTheSafeSide()
    {
        var results = EngineConversation.Play(MyBackHurts, "yes", "no");

        Assert.Equal(Content.Wording.Questions.DurationAgain, results[1].Replies[^1].Text);
        Assert.Equal([BackCareDecider.DurationUnknownReason], results[2].Replies[0].Triage?.Reasons);
    }

    [Fact]
    public void NonAnswerToIsItSharp_IsAskedOnceMoreThenDecidedOnTheSafeSide()
    {
        var results = EngineConversation.Play(MyBackHurts, "two days", "hmm", "whatever");

        Assert.Equal(Content.Wording.Questions.SharpnessAgain, results[2].Replies[^1].Text);
        Assert.Equal(TriageLevel.Doctor, results[3].Replies[0].Triage?.Level);
        Assert.Equal([BackCareDecider.SharpnessUnknownReason], results[3].Replies[0].Triage?.Reasons);
    }

    [Fact]
    public void StretchAskedWithPainOfUnknownCharacter_WaitsForThePainQuestion()
    {
        var results = EngineConversation.Play("what stretches help lower back pain?", "two days", "no, it's a dull ache");

        var asked = Assert.Single(results[0].Replies);
        Assert.Null(asked.Advice);
        Assert.StartsWith(Content.Wording.Questions.BeforeYouTry, asked.Text, StringComparison.Ordinal);
        Assert.True(asked.ExpectingInput);
        Assert.All(results[1].Replies, reply => Assert.Null(reply.Advice));
        Assert.Equal(TriageLevel.SelfCare, results[2].Replies.Select(reply => reply.Triage?.Level).First(level => level is not null));
        Assert.NotNull(results[2].Replies.Select(reply => reply.Advice).FirstOrDefault(advice => advice is not null));
    }

    [Fact]
    public void StretchAskedWithADullAche_ComesBeforeTheQuestionOfHowLong()
    {
        var replies = EngineConversation.Last("just a mild dull ache in my lower back, any stretch?").Replies;

        Assert.Equal(2, replies.Count);
        Assert.NotNull(replies[0].Advice);
        Assert.Equal(Content.Wording.Questions.Duration, replies[1].Text);
    }

    [Fact]
    public void StretchAskedWithSharpPain_AfterWaiting_IsNeverGiven()
    {
        var results = EngineConversation.Play("my lower back is killing me, any stretches?", "yes it's sharp");

        Assert.All(results.SelectMany(result => result.Replies), reply => Assert.Null(reply.Advice));
        Assert.Equal(TriageLevel.Doctor, results[1].Replies[0].Triage?.Level);
    }

    [Fact]
    public void SetupAdviceBeforeAPainQuestion_ComesWithoutTheCaution()
    {
        var replies = EngineConversation.Last("my back hurts, should I get a standing desk?").Replies;

        Assert.Equal(AdviceIds.StandingDesk, replies[0].Advice?.Id);
        Assert.Equal(Content.Wording.Questions.Duration, replies[1].Text);
    }

    [Fact]
    public void TriageDecision_IsToldOnceNotOnEveryTurn()
    {
        var results = EngineConversation.Play("dull ache in my lower back since yesterday", "what stretch helps after sitting all day?");

        Assert.NotNull(results[0].Replies[0].Triage);
        Assert.All(results[1].Replies, reply => Assert.Null(reply.Triage));
    }

    [Fact]
    public void WithheldExercise_RepeatsTheDecisionInsteadOfTheSteps()
    {
        var results = EngineConversation.Play("what stretches help lower back pain?", "two days", "It's sharp", "How do I do it?");

        var reply = Assert.Single(results[3].Replies);
        Assert.Equal(TriageLevel.Doctor, reply.Triage?.Level);
        Assert.Null(reply.Advice);
    }

    [Fact]
    public void FollowUpsAfterSelfCare_ReferToTheAdviceGivenBeforeTheQuestions()
    {
        var results = EngineConversation.Play("what stretch helps my back? it hurts", "a couple of days, dull ache", "How do I do it?");

        var adviceId = results[1].Replies.Select(reply => reply.Advice?.Id).FirstOrDefault(id => id is not null);
        Assert.NotNull(adviceId);
        Assert.Contains(results[1].Replies, reply => reply.Suggestions.Contains(Content.Wording.Actions.HowTo));
        Assert.Equal(adviceId, results[2].Replies[0].Advice?.Id);
        Assert.StartsWith("**", results[2].Replies[0].Text, StringComparison.Ordinal);
    }
}
