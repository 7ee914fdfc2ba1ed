using BackCareBot.Conversation.Tests.Support;
using Microsoft.Extensions.Logging;

namespace BackCareBot.Conversation.Tests.Bot;

/// <summary>The logs name dialogs, advice and triage levels, never what the person wrote.</summary>
public sealed class ConversationLogTests
{
    private const string Phrase = "periwinkle zeppelin";

    [Fact]
    public async Task Turns_AreLoggedAtDebugWithIdsAndLevelsOnly()
    {
        await using var bot = new TestBot();

        await bot.SayAsync($"how long do I hold the hamstring stretch {Phrase}?");
        await bot.SayAsync($"my back hurts {Phrase}");
        await bot.SayAsync("about ten days");

        var records = bot.Logs.GetSnapshot();
        Assert.DoesNotContain(records, record =>
            record.Message.Contains("periwinkle", StringComparison.OrdinalIgnoreCase)
            || (record.StructuredState ?? []).Any(pair => pair.Value?.Contains("periwinkle", StringComparison.OrdinalIgnoreCase) == true));
        var repliedRecords = records.Where(record => record.Id.Id == 3001).ToList();
        Assert.All(repliedRecords, record => Assert.Equal(LogLevel.Debug, record.Level));
        var replied = repliedRecords.Select(record => record.Message).ToList();
        Assert.Equal(3, replied.Count);
        Assert.Contains("hamstring-stretch", replied[0], StringComparison.Ordinal);
        Assert.Contains("triage-follow-up", replied[1], StringComparison.Ordinal);
        Assert.Contains("Doctor", replied[2], StringComparison.Ordinal);
    }
}
