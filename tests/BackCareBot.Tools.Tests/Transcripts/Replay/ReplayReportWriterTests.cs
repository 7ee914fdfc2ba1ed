using BackCareBot.BotFramework.Schema;
using BackCareBot.Transcripts;
using BackCareBot.Transcripts.Replay;
using static BackCareBot.Tools.Tests.Transcripts.Replay.ScriptedTarget;

namespace BackCareBot.Tools.Tests.Transcripts.Replay;

public sealed class ReplayReportWriterTests
{
    [Fact]
    public async Task FailingConversation_MarksBotLinesAndShowsTheFirstDifference()
    {
        var transcript = new Transcript("dialogs/x.transcript", [User("hi"), Bot("Hello\nthere"), User("bye"), Bot("Goodbye")]);
        var result = await TranscriptReplayer.ReplayAsync(
            transcript, new ScriptedTarget([Bot("Hello\nthere")], [Bot("Farewell")]), new ReplayOptions(), CancellationToken.None);

        var report = Write(result);

        Assert.Equal(
            [
                "FAIL dialogs/x.transcript: turn 2 differs in text (line 1, column 1)",
                "    user: hi",
                "  ✓ bot: Hello",
                "           there",
                "    user: bye",
                "  ✗ bot: Farewell",
                "           ^ first difference: text (line 1, column 1)",
                "             expected: Goodbye",
                "             actual:   Farewell",
            ],
            report);
    }

    [Fact]
    public async Task PassingConversation_ShowsSuggestionsAndNonMessageActivities()
    {
        var update = new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount("u", "Sam")], From = new ChannelAccount("u") { Role = RoleTypes.User } };
        var welcome = Bot("Hi");
        welcome.SuggestedActions = new SuggestedActions { Actions = [CardAction.ImBack("Help")] };
        var result = await TranscriptReplayer.ReplayAsync(
            new Transcript("w.chat", [update, welcome]), new ScriptedTarget([welcome]), new ReplayOptions(), CancellationToken.None);

        var report = Write(result);

        Assert.Equal(["PASS w.chat (1 bot activity)", "    user: [conversationUpdate: added Sam]", "  ✓ bot: Hi", "           [suggested actions: imBack \"Help\"]"], report);
    }

    [Fact]
    public void Summary_CountsLikeATestRunner()
    {
        var output = new StringWriter();

        ReplayReportWriter.WriteSummary(output, 5, 1, 0);

        Assert.Equal("transcripts: 5 passed, 1 failed", output.ToString().TrimEnd());
    }

    private static string[] Write(ReplayResult result)
    {
        var output = new StringWriter();
        ReplayReportWriter.Write(output, result);
        return output.ToString().TrimEnd().Split(Environment.NewLine);
    }
}
