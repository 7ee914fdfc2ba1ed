using BackCareBot.BackCare.Matching;

namespace BackCareBot.BackCare.Tests.Matching;

public sealed class BoundedEditDistanceTests
{
    [Theory]
    [InlineData("stretch", "stretch", 0)]
    [InlineData("strech", "stretch", 1)]
    [InlineData("stretchh", "stretch", 1)]
    [InlineData("strecth", "stretch", 1)]
    [InlineData("flexers", "flexors", 1)]
    [InlineData("hamsrting", "hamstring", 1)]
    [InlineData("ergnomcs", "ergonomics", 2)]
    [InlineData("", "ab", 2)]
    public void Distance_IsCounted(string a, string b, int expected) => Assert.Equal(expected, BoundedEditDistance.Compute(a, b, 2));

    [Theory]
    [InlineData("stretch", "strength")]
    [InlineData("a", "abcd")]
    [InlineData("windmill", "hamstring")]
    public void DistanceOverTheBound_IsBoundPlusOne(string a, string b) => Assert.Equal(3, BoundedEditDistance.Compute(a, b, 2));
}
