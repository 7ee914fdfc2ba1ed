using BackCareBot.BackCare;
using BackCareBot.BackCare.Triage;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Conversation.Bot;
using BackCareBot.Conversation.State;
using BackCareBot.Conversation.Tests.Support;

namespace BackCareBot.Conversation.Tests.Bot;

/// <summary>
/// Turns of one conversation that arrive at once: each reads the state, and the one that writes second finds its
/// ETag stale, reads again and computes its turn on the state the first one left. No update is lost, and each turn's
/// replies go out once, computed on the state that was actually stored.
/// </summary>
public sealed class ConcurrentTurnTests
{
    [Fact]
    public async Task TwoFirstMessagesAtOnce_BothReachTheState()
    {
        var storage = new GatedStorage(new MemoryStorage());
        await using var bot = new TestBot(storage);

        // Nothing is stored yet: both turns read "no state", and only one may create it.
        storage.HoldReads(2);
        await Task.WhenAll(
            Task.Run(() => bot.SayAsync("my back has hurt for two days")),
            Task.Run(() => bot.SayAsync("it's a dull ache")));

        Assert.Equal(1, storage.Conflicts);
        var facts = (await ReadStateAsync(bot)).PainFacts!;
        Assert.Equal(TimeSpan.FromDays(2), facts.Duration);
        Assert.Equal(Sharpness.NotSharp, facts.Sharpness);
    }

    [Fact]
    public async Task TwoAnswersAtOnce_BothReachTheState()
    {
        var storage = new GatedStorage(new MemoryStorage());
        await using var bot = new TestBot(storage);
        await bot.SayAsync("my back hurts");

        storage.HoldReads(2);
        var answers = await Task.WhenAll(
            Task.Run(() => bot.SayAsync("two days")),
            Task.Run(() => bot.SayAsync("it's a dull ache")));

        Assert.Equal(1, storage.Conflicts);
        var facts = (await ReadStateAsync(bot)).PainFacts!;
        Assert.Equal(TimeSpan.FromDays(2), facts.Duration);
        Assert.Equal(Sharpness.NotSharp, facts.Sharpness);

        // Whichever turn wrote second computed on the first one's state, and so decided.
        var levels = answers.SelectMany(replies => replies).Select(ReplyReading.TriageLevel).OfType<string>().ToList();
        Assert.Equal(["self-care"], levels);
        Assert.All(answers, replies => Assert.Single(replies));
    }

    [Fact]
    public async Task ThreeFollowUpsAtOnce_EachShowsDifferentAdvice()
    {
        var storage = new GatedStorage(new MemoryStorage());
        await using var bot = new TestBot(storage);
        await bot.SayAsync("how long do I hold the hamstring stretch?");

        storage.HoldReads(3);
        var answers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => bot.SayAsync("next"))));

        var given = answers.Select(replies => ReplyReading.AdviceId(Assert.Single(replies))).ToList();
        Assert.Equal(3, given.Distinct().Count());
        Assert.Equal(
            [AdviceIds.HamstringStretch, AdviceIds.HipFlexorStretch, AdviceIds.HalfKneelingWindmill, AdviceIds.DeadBug],
            (await ReadStateAsync(bot)).Shown);
        Assert.True(storage.Conflicts >= 2, $"{storage.Conflicts} conflicts");
    }

    [Fact]
    public async Task ATurnThatKeepsLosingTheRace_StopsAfterBoundedAttemptsAndSendsOnlyTheApology()
    {
        var storage = new ConflictingStorage(new MemoryStorage());
        await using var bot = new TestBot(storage);

        var replies = await bot.SayAsync("my back hurts");

        Assert.Equal(DialogTurnRunner.MaxAttempts, storage.Writes);
        var apology = Assert.Single(replies);
        Assert.StartsWith(Content.Wording.Apology, apology.Text, StringComparison.Ordinal);
    }

    private static async Task<DialogState> ReadStateAsync(TestBot bot)
    {
        var item = await bot.Storage.ReadAsync(ConversationKeys.DialogState(bot.Address));
        return DialogStateDocument.TryRead(item!.Document, Content.Knowledge, out _)!;
    }
}
