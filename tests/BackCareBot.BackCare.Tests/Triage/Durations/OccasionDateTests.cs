using BackCareBot.BackCare.Triage.Rules;

namespace BackCareBot.BackCare.Tests.Triage.Durations;

public sealed class OccasionDateTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_IsTheGregorianDate(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), OccasionDate.EasterSunday(year));

    [Fact]
    public void PancakeDay_IsFortySevenDaysBeforeEaster()
    {
        Assert.True(OccasionDate.TryParse("easter-47", out var pancakeDay));
        Assert.Equal(new DateOnly(2026, 2, 17), pancakeDay.In(2026));
    }

    [Fact]
    public void LatestOnOrBefore_IsLastYearsBeforeThisYearsHasCome()
    {
        Assert.True(OccasionDate.TryParse("11-05", out var bonfireNight));
        Assert.Equal(new DateOnly(2025, 11, 5), bonfireNight.LatestOnOrBefore(new DateOnly(2026, 11, 4)));
        Assert.Equal(new DateOnly(2026, 11, 5), bonfireNight.LatestOnOrBefore(new DateOnly(2026, 11, 5)));
    }

    [Theory]
    [InlineData("13-01")]
    [InlineData("02-30")]
    [InlineData("easter-400")]
    [InlineData("christmas")]
    [InlineData("")]
    public void TryParse_RefusesWhatIsNotADate(string text) => Assert.False(OccasionDate.TryParse(text, out _));
}
