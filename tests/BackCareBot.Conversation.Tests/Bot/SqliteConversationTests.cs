using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Bot;
using BackCareBot.Conversation.State;
using BackCareBot.Conversation.Tests.Support;
using BackCareBot.Storage.Sqlite;

namespace BackCareBot.Conversation.Tests.Bot;

/// <summary>The conversation on the SQLite store the host uses: it survives a restart, and concurrent turns lose nothing.</summary>
public sealed class SqliteConversationTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task MidQuestion_ABotStartedAgainOverTheSameFileUnderstandsTheAnswer()
    {
        using (var storage = new SqliteStorage(_database.Path, TimeProvider.System))
        {
            await using var before = new TestBot(storage);
            Assert.True(ReplyReading.ExpectsInput(Assert.Single(await before.SayAsync("my back hurts"))));
        }

        using var reopened = new SqliteStorage(_database.Path, TimeProvider.System);
        await using var after = new TestBot(reopened);
        var reply = Assert.Single(await after.SayAsync("about ten days"));

        Assert.Equal("doctor", ReplyReading.TriageLevel(reply));
    }

    [Fact]
    public async Task TwoAnswersAtOnce_BothReachTheState()
    {
        using var sqlite = new SqliteStorage(_database.Path, TimeProvider.System);
        var storage = new GatedStorage(sqlite);
        await using var bot = new TestBot(storage);
        await bot.SayAsync("my back hurts");

        storage.HoldReads(2);
        await Task.WhenAll(Task.Run(() => bot.SayAsync("two days")), Task.Run(() => bot.SayAsync("it's a dull ache")));

        Assert.Equal(1, storage.Conflicts);
        var item = await sqlite.ReadAsync([ConversationKeys.DialogState(bot.Address)], CancellationToken.None);
        var facts = DialogStateDocument.TryRead(item.Values.Single().Document, Content.Knowledge, out _)!.PainFacts!;
        Assert.Equal(TimeSpan.FromDays(2), facts.Duration);
        Assert.Equal(Sharpness.NotSharp, facts.Sharpness);
    }

    public void Dispose() => _database.Dispose();
}
