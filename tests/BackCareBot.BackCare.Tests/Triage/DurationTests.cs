namespace BackCareBot.BackCare.Tests.Triage;

/// <summary>Durations relative to <see cref="Extraction.Wednesday"/> (12 November 2025, 10:00).</summary>
public sealed class DurationTests
{
    [Theory]
    [InlineData("my back has hurt for 10 days", 10, 10)]
    [InlineData("my lower back has hurt for two weeks", 14, 14)]
    [InlineData("it has been aching for a fortnight", 14, 14)]
    [InlineData("it's been sore for over a week", 8, 8)]
    [InlineData("my back has been hurting for a couple of weeks", 14, 14)]
    [InlineData("about ten days", 10, 10)]
    [InlineData("a few days", 3, 3)]
    [InlineData("a couple of days", 2, 2)]
    [InlineData("a week", 7, 7)]
    [InlineData("one week", 7, 7)]
    [InlineData("6 days", 6, 6)]
    [InlineData("8 days", 8, 8)]
    [InlineData("two days", 2, 2)]
    [InlineData("3 weeks", 21, 21)]
    [InlineData("more than a week", 8, 8)]
    [InlineData("longer than a week", 8, 8)]
    [InlineData("a week+", 8, 8)]
    [InlineData("almost a week", 6, 6)]
    [InlineData("less than a week", 6, 6)]
    [InlineData("nearly two weeks", 13, 13)]
    [InlineData("a week and a half", 10.5, 10.5)]
    [InlineData("it's been like this for 3 weeks", 21, 21)]
    [InlineData("yes, about 2 weeks", 14, 14)]
    [InlineData("roughly a fortnight I'd say", 14, 14)]
    [InlineData("a while, maybe 3 weeks", 21, 21)]
    [InlineData("probably 3 or 4 days", 4, 4)]
    [InlineData("not long, a couple of days", 2, 2)]
    [InlineData("umm 5 days", 5, 5)]
    [InlineData("my back has been sore for 2 wks", 14, 14)]
    [InlineData("my back has hurt for 3 months", 89, 92)]
    [InlineData("my back has ached for a year", 364, 366)]
    // A unit on its own, as the answer to "how long?": one of it, or a couple when plural.
    [InlineData("fortnight", 14, 14)]
    [InlineData("weeks", 14, 14)]
    [InlineData("about a fortnight", 14, 14)]
    [InlineData("months i think", 60, 60)]
    [InlineData("days", 2, 2)]
    public void SpokenLength_IsTheDuration(string message, double minDays, double maxDays) =>
        AssertDays(message, minDays, maxDays);

    [Theory]
    [InlineData("not weeks")]
    [InlineData("weeks or months")]
    [InlineData("every week")]
    [InlineData("under weeks")]
    public void UnitWithoutOneLength_IsNoDuration(string message) => Assert.Null(Extraction.DurationDays(message));

    [Theory]
    [InlineData("my back has hurt since last month", 42, 43)]
    [InlineData("my back started hurting 3 weeks ago", 21, 22)]
    [InlineData("my back started aching two days ago", 2, 3)]
    [InlineData("since last Friday", 5, 6)]
    // The weekday the person says today is counts, not the clock's (a Wednesday here): Monday to their Friday.
    [InlineData("my back has ached since monday (today's friday)", 4, 4)]
    [InlineData("sore since the drive on tuesday. it's thursday today", 2, 2)]
    [InlineData("aching since monday, today is wednesday", 2, 2)]
    [InlineData("back aches since the 3rd, today's the 5th", 2, 3)]
    [InlineData("since Monday", 2, 3)]
    [InlineData("since Wednesday", 7, 8)]
    [InlineData("since the 1st", 11, 12)]
    [InlineData("it has hurt since the 2nd", 10, 11)]
    [InlineData("since October", 42, 43)]
    [InlineData("since the weekend", 4, 5)]
    [InlineData("since last summer", 500, 510)]
    [InlineData("my back has hurt since 2023", 1045, 1047)]
    [InlineData("my back has hurt since 9/10", 63, 64)]
    [InlineData("it has hurt since this morning", 0, 0.5)]
    [InlineData("it started today", 0, 0.5)]
    [InlineData("it started hurting yesterday", 1, 1.5)]
    [InlineData("since last night", 0.5, 1)]
    [InlineData("mild ache after sitting, it began 5 days ago", 5, 6)]
    [InlineData("about 10 days ago", 10, 11)]
    [InlineData("it started on Monday", 2, 3)]
    public void SpokenStart_GivesTheTimeSinceThen(string message, double minDays, double maxDays) =>
        AssertDays(message, minDays, maxDays);

    [Theory]
    [InlineData("my back has hurt for ages", 14, 400)]
    [InlineData("my back has been sore for months", 30, 400)]
    [InlineData("on and off for years", 365, 3650)]
    [InlineData("my back has ached for weeks", 8, 60)]
    [InlineData("chronic back pain", 60, 400)]
    [InlineData("my back just started hurting", 0, 0)]
    [InlineData("the pain only just started", 0, 0)]
    public void VaguePhrase_GivesAFittingDuration(string message, double minDays, double maxDays) =>
        AssertDays(message, minDays, maxDays);

    [Theory]
    [InlineData("I sit 9 hours a day")]
    [InlineData("I sit 8 hours a day and my back hurts")]
    [InlineData("how long do I hold the hamstring stretch")]
    [InlineData("should I hold it for 30 seconds")]
    [InlineData("my back hurts when I sit for 8 hours")]
    [InlineData("I do the stretch 3 times a week")]
    [InlineData("I have sat at a desk for 10 years")]
    [InlineData("I'm 55 years old")]
    [InlineData("my back hurts, I'm 55 years old")]
    [InlineData("my back hurts and I see the physio next week")]
    [InlineData("it hurts, since tomorrow")]
    [InlineData("my back hurts")]
    [InlineData("the pain is 9/10")]
    [InlineData("I started a new job 3 months ago, which stretches are good?")]
    [InlineData("it just started a new exercise routine")]
    public void NoPainDuration_IsNull(string message) => Assert.Null(Extraction.DurationDays(message));

    [Fact]
    public void DurationOfPain_IsChosenOverAnActivityInTheSameMessage() =>
        AssertDays("I sit 8 hours a day and my back has hurt for 2 weeks", 14, 14);

    [Fact]
    public void PersonsOwnClock_AnchorsRelativeDays()
    {
        // Thursday 02:00 in Sydney is still Wednesday in UTC: "yesterday" is Wednesday for the person.
        var thursdayInSydney = new DateTimeOffset(2025, 11, 13, 2, 0, 0, TimeSpan.FromHours(10));

        var days = Extraction.DurationDays("it started yesterday", thursdayInSydney);

        Assert.InRange(days!.Value, 1.05, 1.1);
    }

    [Theory]
    [InlineData("6 days", false)]
    [InlineData("8 days", true)]
    [InlineData("since last Friday", false)]
    [InlineData("since last month", true)]
    [InlineData("a week", true)]
    [InlineData("less than a week", false)]
    public void OneWeekBoundary_IsOnTheRightSide(string message, bool atLeastAWeek) =>
        Assert.Equal(atLeastAWeek, Extraction.DurationDays(message) >= 7);

    private static void AssertDays(string message, double minDays, double maxDays)
    {
        var days = Extraction.DurationDays(message);

        Assert.NotNull(days);
        Assert.InRange(days.Value, minDays - 0.001, maxDays + 0.001);
    }
}
