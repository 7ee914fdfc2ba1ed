using BackCareBot.BotFramework.Schema;
using BackCareBot.Transcripts;
using BackCareBot.Transcripts.Chatdown;
using BackCareBot.Transcripts.Replay;
using static BackCareBot.Tools.Tests.Transcripts.Replay.ScriptedTarget;

namespace BackCareBot.Tools.Tests.Transcripts.Replay;

public sealed class TranscriptReplayerTests
{
    private static readonly ReplayOptions Options = new();

    [Fact]
    public async Task MatchingReplies_Pass()
    {
        var transcript = Transcript(User("hi"), Bot("Hello"), User("bye"), Bot("Goodbye"), Bot("See you"));

        var result = await ReplayAsync(transcript, new ScriptedTarget([Bot("Hello")], [Bot("Goodbye"), Bot("See you")]));

        Assert.True(result.Passed);
        Assert.Equal(
            [ReplayStepKind.User, ReplayStepKind.Bot, ReplayStepKind.User, ReplayStepKind.Bot, ReplayStepKind.Bot],
            result.Steps.Select(step => step.Kind));
        Assert.Equal(3, result.BotActivities);
    }

    [Fact]
    public async Task DifferentReply_FailsAtThatStepAndTheRestStillPlays()
    {
        var transcript = Transcript(User("hi"), Bot("Hello"), User("bye"), Bot("Goodbye"));
        var target = new ScriptedTarget([Bot("Howdy")], [Bot("Goodbye")]);

        var result = await ReplayAsync(transcript, target);

        Assert.False(result.Passed);
        Assert.Equal(new ActivityDifference("text (line 1, column 2)", "Hello", "Howdy"), result.FirstDifference?.Difference);
        Assert.Equal(1, result.FirstDifference?.Turn);
        Assert.Equal(2, target.Received.Count);
        Assert.True(result.Steps[^1].Passed);
    }

    [Fact]
    public async Task FewerReplies_AreMissingAndMoreRepliesAreUnexpected()
    {
        var transcript = Transcript(User("hi"), Bot("one"), Bot("two"), User("bye"));

        var result = await ReplayAsync(transcript, new ScriptedTarget([Bot("one")], [Bot("extra")]));

        Assert.Equal(
            [ReplayStepKind.User, ReplayStepKind.Bot, ReplayStepKind.Missing, ReplayStepKind.User, ReplayStepKind.Unexpected],
            result.Steps.Select(step => step.Kind));
        Assert.Equal(ReplayStepKind.Missing, result.FirstDifference?.Kind);
    }

    [Fact]
    public async Task Traces_AreSkippedOnBothSides()
    {
        var trace = new Activity { Type = ActivityTypes.Trace, From = new ChannelAccount("b") { Role = RoleTypes.Bot } };
        var transcript = Transcript(User("hi"), trace, Bot("Hello"));

        var result = await ReplayAsync(transcript, new ScriptedTarget([new Activity { Type = ActivityTypes.Trace }, Bot("Hello")]));

        Assert.True(result.Passed);
    }

    [Fact]
    public async Task BotActivityBeforeAnyUserActivity_IsMissing()
    {
        var result = await ReplayAsync(Transcript(Bot("Hello"), User("hi")), new ScriptedTarget());

        Assert.Equal(ReplayStepKind.Missing, result.FirstDifference?.Kind);
    }

    [Fact]
    public async Task FailedTurn_IsADifference()
    {
        var result = await ReplayAsync(Transcript(User("hi"), Bot("Hello")), new FailingTarget());

        Assert.Equal(ReplayStepKind.TurnFailed, result.FirstDifference?.Kind);
    }

    [Fact]
    public async Task ChatdownTranscript_IsSentAsTheEmulatorWithEveryActivityAddressed()
    {
        var chat = ChatdownReader.Read("user=Sam\nbot=BackCareBot\n[ConversationUpdate=MembersAdded=Sam]\nuser: hi\nbot: Hello", "test.chat");
        var target = new ScriptedTarget([], [], [Bot("Hello")]);

        var result = await TranscriptReplayer.ReplayAsync(chat, target, Options, CancellationToken.None);

        Assert.True(result.Passed);
        Assert.All(target.Received, activity => Assert.Equal(Channels.Emulator, activity.ChannelId));
        var update = target.Received[1];
        Assert.Equal("BackCareBot", update.Recipient?.Name);
        Assert.Equal("Sam", update.From?.Name);
        Assert.Equal(chat.Activities[0].Conversation?.Id, update.Conversation?.Id);
        Assert.Null(chat.Activities[1].From);
    }

    [Fact]
    public async Task FileWithoutRoles_TellsTheBotByTheAccountUsersWriteTo()
    {
        var user = new Activity { Type = ActivityTypes.Message, Text = "hi", From = new ChannelAccount("u"), Recipient = new ChannelAccount("b") { Role = RoleTypes.Bot } };
        var bot = new Activity { Type = ActivityTypes.Message, Text = "Hello", From = new ChannelAccount("b") };
        user.From.Role = RoleTypes.User;

        var result = await ReplayAsync(Transcript(user, bot), new ScriptedTarget([Bot("Hello")]));

        Assert.True(result.Passed);
        Assert.Equal([ReplayStepKind.User, ReplayStepKind.Bot], result.Steps.Select(step => step.Kind));
    }

    [Fact]
    public async Task SentActivities_AskForRepliesAndLeaveTheTranscriptUnchanged()
    {
        var transcript = Transcript(User("hi"));
        var target = new ScriptedTarget();

        await ReplayAsync(transcript, target);

        Assert.Equal(DeliveryModes.ExpectReplies, target.Received[0].DeliveryMode);
        Assert.Null(transcript.Activities[0].DeliveryMode);
        Assert.NotSame(transcript.Activities[0], target.Received[0]);
    }

    private static Transcript Transcript(params Activity[] activities) => new("test.transcript", activities);

    private static Task<ReplayResult> ReplayAsync(Transcript transcript, IReplayTarget target) =>
        TranscriptReplayer.ReplayAsync(transcript, target, Options, CancellationToken.None);

}
