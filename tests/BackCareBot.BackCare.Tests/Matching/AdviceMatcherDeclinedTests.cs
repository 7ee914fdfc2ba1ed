using BackCareBot.BackCare.Matching;

namespace BackCareBot.BackCare.Tests.Matching;

/// <summary>Advice the person turns down ("no yoga", "nothing lying on my back") is never offered; the rest still is.</summary>
public sealed class AdviceMatcherDeclinedTests
{
    public static TheoryData<string, string> Declined => new()
    {
        { "third trimester and stiff from sitting. any stretches that don't involve lying on my back?", AdviceIds.DeadBug },
        { "any stretches that dont involve lying on my back", AdviceIds.DeadBug },
        { "my wife is stiff from sitting but she hates yoga, what stretch?", AdviceIds.YogaPoses },
        { "no yoga please, a stretch for a stiff back", AdviceIds.YogaPoses },
        { "no kneeling please, what stretch for tight hips and a stiff back", AdviceIds.HalfKneelingWindmill },
    };

    [Theory]
    [MemberData(nameof(Declined))]
    public void DeclinedAdvice_IsNotOffered_ButAnotherStretchIs(string message, string declined)
    {
        var match = SharedMatcher.Match(message);

        Assert.Equal(MatchOutcome.Matched, match.Outcome);
        Assert.NotEqual(declined, match.Best!.Value.AdviceId);
        Assert.DoesNotContain(match.Ranked, advice => advice.AdviceId == declined);
    }

    [Fact]
    public void TheSameAdviceNamedWithoutDeclining_IsOffered()
    {
        Assert.Equal(AdviceIds.YogaPoses, SharedMatcher.Match("which yoga poses help a stiff back").Best!.Value.AdviceId);
        Assert.Equal(AdviceIds.DeadBug, SharedMatcher.Match("an exercise lying on my back for my core").Best!.Value.AdviceId);
    }
}
