using BackCareBot.BackCare.Text;
using BackCareBot.Conversation.Dialogs.Recognition;

namespace BackCareBot.Conversation.Tests.Dialogs.Recognition;

public sealed class ComparisonWordsTests
{
    [Theory]
    [InlineData("foam roller or massage ball?", true)]
    [InlineData("Standing desk vs stretching", true)]
    [InlineData("is the foam roller better than the ball", true)]
    [InlineData("what's the difference between them", true)]
    [InlineData("how do I use the foam roller", false)]
    [InlineData("order a foam roller", false)]
    public void SideBySide_IsAComparison(string message, bool compares) =>
        Assert.Equal(compares, ComparisonWords.Compares(PhraseKey.Of(message)));
}
