using BackCareBot.BackCare.Matching;

namespace BackCareBot.BackCare.Tests.Matching;

public sealed class TypoCorrectorTests
{
    private static readonly TypoCorrector Corrector = new(new Dictionary<string, int>
    {
        ["stretch"] = 1,
        ["hamstring"] = 2,
        ["flexors"] = 3,
        ["glutes"] = 4,
        ["pose"] = 5,
        ["hips"] = 6,
        ["hits"] = 7,
        ["which"] = TermCodes.Ordinary,
    });

    [Theory]
    [InlineData("strech", 1)]
    [InlineData("strecth", 1)]
    [InlineData("hamstrng", 2)]
    [InlineData("hamstirng", 2)]
    [InlineData("hamsrtign", 2)]
    [InlineData("hmasrtnig", TermCodes.Unknown)]
    [InlineData("hipps", 6)]
    [InlineData("flexers", 3)]
    [InlineData("gluts", 4)]
    [InlineData("wich", TermCodes.Ordinary)]
    public void Typo_IsCorrectedWithinItsBound(string word, int expected) => Assert.Equal(expected, Corrector.Correct(word));

    [Theory]
    [InlineData("pos")]
    [InlineData("hpe")]
    [InlineData("hope")]
    [InlineData("rose")]
    [InlineData("hiqs")]
    [InlineData("stretch\u00e9")]
    [InlineData("Strech")]
    public void UnsafeCorrection_IsNotMade(string word) => Assert.Equal(TermCodes.Unknown, Corrector.Correct(word));
}
