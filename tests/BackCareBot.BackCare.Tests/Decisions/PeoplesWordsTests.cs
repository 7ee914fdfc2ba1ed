using BackCareBot.BackCare.Decisions;
using BackCareBot.BackCare.Tests.Knowledge;
using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare.Tests.Decisions;

/// <summary>
/// Lengths and ages as people write them, decided by the whole decider: the forms that a held-out set showed were
/// read wrongly, each beside the reading it must not take.
/// </summary>
public sealed class PeoplesWordsTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 12, 10, 0, 0, TimeSpan.Zero);

    private static TurnDecision Decide(string message) => RealBackCare.Get<BackCareDecider>().Decide(message, Now, ConversationContext.New);

    [Theory]
    // A length of months followed by how often it hurts is still how long it has lasted.
    [InlineData("lower back pain for 8 months. Every day.", TriageLevel.Doctor)]
    // "I am 40 years" is an age, not forty years of pain.
    [InlineData("I am 40 years, I work in office, and since the weekend I have a dull pain in low back, no sharp", TriageLevel.SelfCare)]
    // Clinical fractions: five days, three weeks.
    [InlineData("LBP 5/7, dull", TriageLevel.SelfCare)]
    [InlineData("LBP 3/52, no red flags", TriageLevel.Doctor)]
    public void Lengths_AreReadAsPeopleWriteThem(string message, TriageLevel level) =>
        Assert.Equal(level, Decide(message).Triage.Level);

    [Fact]
    public void HoursADay_StayAFrequency() =>
        Assert.Null(Decide("I sit 8 hours every day and my back hurts").Facts.Duration);
}
