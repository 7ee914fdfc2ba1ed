using BackCareBot.BackCare;
using BackCareBot.Conversation.Bot;
using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.Tests.Support;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace BackCareBot.Conversation.Tests.Bot;

/// <summary>Every message answered is counted by dialog and triage level, every advice given by its id.</summary>
public sealed class ConversationMetricsTests
{
    [Fact]
    public async Task Turns_AreCountedByDialogAndTriageLevel()
    {
        await using var bot = new TestBot();
        using var turns = new MetricCollector<long>(bot.MeterFactory, ConversationMetrics.MeterName, "backcare.turns");

        await bot.SayAsync("how long do I hold the hamstring stretch?");
        await bot.SayAsync("my back hurts");
        await bot.SayAsync("about ten days");

        var measured = turns.GetMeasurementSnapshot();
        Assert.Equal(3, measured.Count);
        Assert.All(measured, measurement => Assert.Equal(1, measurement.Value));
        Assert.Equal(
            [
                (DialogIds.Advice, ConversationMetrics.NoTriageLevel),
                (DialogIds.TriageFollowUp, ConversationMetrics.NoTriageLevel),
                (DialogIds.Triage, "doctor"),
            ],
            measured.Select(measurement => (
                (string)measurement.Tags[ConversationMetrics.DialogTag]!,
                (string)measurement.Tags[ConversationMetrics.TriageLevelTag]!)));
    }

    [Fact]
    public async Task AdviceGiven_IsCountedByAdviceId()
    {
        await using var bot = new TestBot();
        using var advice = new MetricCollector<long>(bot.MeterFactory, ConversationMetrics.MeterName, "backcare.advice.given");

        await bot.SayAsync("how long do I hold the hamstring stretch?");
        await bot.SayAsync("help");

        var measurement = Assert.Single(advice.GetMeasurementSnapshot());
        Assert.Equal(AdviceIds.HamstringStretch, measurement.Tags[ConversationMetrics.AdviceTag]);
    }
}
