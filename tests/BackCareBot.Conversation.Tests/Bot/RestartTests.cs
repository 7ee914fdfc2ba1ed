using BackCareBot.BackCare;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Conversation.Tests.Support;

namespace BackCareBot.Conversation.Tests.Bot;

/// <summary>
/// The conversation lives in storage, not in the process: a bot started again over the same storage (a restart, or
/// another instance behind the load balancer) goes on where the conversation was.
/// </summary>
public sealed class RestartTests
{
    [Fact]
    public async Task MidQuestion_TheNewBotUnderstandsTheAnswer()
    {
        var storage = new MemoryStorage();
        await using (var before = new TestBot(storage))
        {
            Assert.True(ReplyReading.ExpectsInput(Assert.Single(await before.SayAsync("my back hurts"))));
        }

        await using var after = new TestBot(storage);
        var reply = Assert.Single(await after.SayAsync("about ten days"));

        Assert.Equal("doctor", ReplyReading.TriageLevel(reply));
        Assert.Equal(["duration-over-a-week"], ReplyReading.TriageReasons(reply));
    }

    [Fact]
    public async Task MidChoice_TheNewBotUnderstandsTheNumber()
    {
        var storage = new MemoryStorage();
        await using (var before = new TestBot(storage))
        {
            await before.SayAsync("should I get a foam roller or a standing desk");
        }

        await using var after = new TestBot(storage);
        var reply = Assert.Single(await after.SayAsync("2"));

        Assert.Equal(AdviceIds.StandingDesk, ReplyReading.AdviceId(reply));
    }

    [Fact]
    public async Task AfterAdvice_TheNewBotKnowsWhatItIsAbout()
    {
        var storage = new MemoryStorage();
        await using (var before = new TestBot(storage))
        {
            await before.SayAsync("how long do I hold the hamstring stretch?");
        }

        await using var after = new TestBot(storage);
        var reply = Assert.Single(await after.SayAsync("What's the next stretch?"));

        Assert.Equal(AdviceIds.HipFlexorStretch, ReplyReading.AdviceId(reply));
    }

    [Fact]
    public async Task MidRoutine_TheNewBotGoesOnWithTheNextStretch()
    {
        var storage = new MemoryStorage();
        await using (var before = new TestBot(storage))
        {
            await before.SayAsync("give me a routine");
            await before.SayAsync("Next");
        }

        await using var after = new TestBot(storage);
        var reply = Assert.Single(await after.SayAsync("Next"));

        Assert.Equal(AdviceIds.HamstringStretch, ReplyReading.AdviceId(reply));
    }
}
