using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Matching;
using BackCareBot.BackCare.Tests.Knowledge;

namespace BackCareBot.BackCare.Tests.Matching;

public sealed class AdviceMatcherExerciseRequestTests
{
    [Theory]
    [InlineData("i sit at a desk 9 hours a day, what stretch should i do")]
    [InlineData("what exercise helps after a long day at my desk")]
    public void AskingForAStretch_GetsAnExerciseNotTheDeskSetup(string question)
    {
        var match = SharedMatcher.Match(question);

        Assert.NotEqual(MatchOutcome.NothingFits, match.Outcome);
        Assert.Equal(AdviceKind.Exercise, RealKnowledge.Base[match.Ranked[0].AdviceId].Kind);
    }

    [Theory]
    [InlineData("how should my desk and chair be set up", AdviceIds.DeskErgonomics)]
    [InlineData("should i get a standing desk", AdviceIds.StandingDesk)]
    public void NotAskingForAStretch_KeepsSetupAdvice(string question, string expected)
    {
        Assert.Equal(expected, SharedMatcher.Match(question).Best?.AdviceId);
    }
}
