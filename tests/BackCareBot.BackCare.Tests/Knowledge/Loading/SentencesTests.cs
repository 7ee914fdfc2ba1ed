using BackCareBot.BackCare.Knowledge.Loading;

namespace BackCareBot.BackCare.Tests.Knowledge.Loading;

public sealed class SentencesTests
{
    [Theory]
    [InlineData("One sentence.", 1)]
    [InlineData("One sentence without a stop", 1)]
    [InlineData("First. Second! Third?", 3)]
    [InlineData("Hold it for 20-30 seconds. Then switch legs.", 2)]
    [InlineData("He says \"stop.\" Then he stops.", 2)]
    [InlineData("Wait... really?", 2)]
    [InlineData("", 0)]
    public void Count_CountsSentenceEnds(string text, int expected) => Assert.Equal(expected, Sentences.Count(text));
}
