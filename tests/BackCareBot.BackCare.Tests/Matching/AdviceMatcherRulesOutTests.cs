using BackCareBot.BackCare.Knowledge;

namespace BackCareBot.BackCare.Tests.Matching;

/// <summary>
/// A position the person can't take ("dodgy knees", "can't get on the floor") is read off the message, whatever advice
/// fits, so the conversation can keep to moves without it.
/// </summary>
public sealed class AdviceMatcherRulesOutTests
{
    public static TheoryData<string, string[]> RuledOut => new()
    {
        { "is it safe? ive got dodgy knees", [Positions.Kneeling] },
        { "kneeling hurts my knee", [Positions.Kneeling] },
        { "this one hurts my knee when i kneel", [Positions.Kneeling] },
        { "cant get on the floor, im in a skirt at the office lol", [Positions.Floor, Positions.Kneeling, Positions.Lying] },
        { "I'm 68 and getting down on the floor is a no-go for me", [Positions.Floor, Positions.Kneeling, Positions.Lying] },
        { "any stretches that don't involve lying on my back?", [Positions.Lying] },
    };

    [Theory]
    [MemberData(nameof(RuledOut))]
    public void ThePositionsSaid_AreRuledOut(string message, string[] positions)
    {
        Assert.Equal(positions.Order(), SharedMatcher.Match(message).RulesOut.Order());
    }

    [Theory]
    [InlineData("how do I do the hip flexor stretch")]
    [InlineData("what's a half kneeling windmill")]
    [InlineData("stretches I can do on the floor at home")]
    public void NamingAPosition_RulesNothingOut(string message)
    {
        Assert.Empty(SharedMatcher.Match(message).RulesOut);
    }
}
