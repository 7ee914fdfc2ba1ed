using System.Text.Json;
using BackCareBot.BotFramework.Storage;
using BackCareBot.Conversation.Bot;
using BackCareBot.Conversation.Tests.Support;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Conversation.Tests.Bot;

/// <summary>What the bot keeps about a conversation, how "start over" and "forget me" clear it, and what happens to a document it cannot read.</summary>
public sealed class StoredDataTests
{
    private const string Phrase = "periwinkle zeppelin";

    [Fact]
    public async Task StoredState_HoldsNoMessageText()
    {
        await using var bot = new TestBot();

        await bot.SayAsync($"my back hurts, {Phrase}");
        await bot.SayAsync($"about two days {Phrase}");

        var stored = await bot.Storage.ReadAsync(ConversationKeys.DialogState(bot.Address));
        Assert.DoesNotContain("periwinkle", stored!.Document.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, stored.Document.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task QuestionWithoutState_StoresNothing()
    {
        await using var bot = new TestBot();

        await bot.SayAsync("thanks");

        Assert.Empty(await bot.Storage.ReadAsync(ConversationKeys.All(bot.Address), CancellationToken.None));
    }

    [Fact]
    public async Task ForgetMe_DeletesTheDialogStateAndTheWelcomeRecordAndSaysSo()
    {
        await using var bot = new TestBot();
        await bot.SendAsync(TestBot.MembersAdded("person"));
        await bot.SayAsync("my back hurts");
        Assert.Equal(2, (await bot.Storage.ReadAsync(ConversationKeys.All(bot.Address), CancellationToken.None)).Count);

        var reply = Assert.Single(await bot.SayAsync("forget me"));

        Assert.Equal(Content.Wording.Forgotten, reply.Text);
        Assert.Empty(await bot.Storage.ReadAsync(ConversationKeys.All(bot.Address), CancellationToken.None));
        Assert.Null(ReplyReading.TriageLevel(Assert.Single(await bot.SayAsync("about ten days"))));
        Assert.Single(await bot.SendAsync(TestBot.MembersAdded("person")));
    }

    [Fact]
    public async Task StartOver_ClearsTheDialogStateAndKeepsTheWelcome()
    {
        await using var bot = new TestBot();
        await bot.SendAsync(TestBot.MembersAdded("person"));
        await bot.SayAsync("I have a sharp pain in my lower back");

        var reply = Assert.Single(await bot.SayAsync("start over"));

        Assert.Equal(Content.Wording.StartedOver, reply.Text);
        var stored = await bot.Storage.ReadAsync(ConversationKeys.DialogState(bot.Address));
        Assert.Equal("""{"version":1}""", stored!.Document.GetRawText());
        Assert.Empty(await bot.SendAsync(TestBot.MembersAdded("person")));
    }

    public static TheoryData<string> Unreadable => new()
    {
        $$"""{"version":99,"note":"{{Phrase}}"}""",
        $$"""{"version":1,"dialog":["{{Phrase}}"]}""",
        $$"""["{{Phrase}}"]""",
        $$"""{"step":"asked-duration"}""",
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public async Task UnreadableState_StartsOverWithALogLineInsteadOfFailing(string json)
    {
        await using var bot = new TestBot();
        using var document = JsonDocument.Parse(json);
        await bot.Storage.WriteAsync(ConversationKeys.DialogState(bot.Address), new StoreItem(document.RootElement.Clone()));

        var reply = Assert.Single(await bot.SayAsync("my back hurts"));

        Assert.True(ReplyReading.ExpectsInput(reply));
        var discarded = Assert.Single(bot.Logs.GetSnapshot(), record => record.Id.Id == 3004);
        Assert.Equal(LogLevel.Warning, discarded.Level);
        Assert.DoesNotContain("periwinkle", discarded.Message, StringComparison.OrdinalIgnoreCase);
        var stored = await bot.Storage.ReadAsync(ConversationKeys.DialogState(bot.Address));
        Assert.Equal(1, stored!.Document.GetProperty("version").GetInt32());
        Assert.Equal("triage-follow-up", stored.Document.GetProperty("dialog").GetString());
    }

    [Fact]
    public async Task UnreadableState_IsLoggedOnceAndThenReplaced()
    {
        await using var bot = new TestBot();
        using var document = JsonDocument.Parse("""{"version":99}""");
        await bot.Storage.WriteAsync(ConversationKeys.DialogState(bot.Address), new StoreItem(document.RootElement.Clone()));

        await bot.SayAsync("help");
        await bot.SayAsync("help");

        Assert.Single(bot.Logs.GetSnapshot(), record => record.Id.Id == 3004);
    }
}
