using BackCareBot.BackCare.Text;
using BackCareBot.Conversation.Dialogs.Recognition;

namespace BackCareBot.Conversation.Tests.Dialogs.Recognition;

public sealed class RoutineNumberTests
{
    [Theory]
    [InlineData("number 3 again", 2)]
    [InlineData("Stretch two please", 1)]
    [InlineData("go back to step 1", 0)]
    [InlineData("number 5", 4)]
    public void NamedStretch_IsItsStep(string message, int step) =>
        Assert.Equal(step, RoutineNumber.Read(PhraseKey.Of(message), steps: 5));

    [Theory]
    [InlineData("number 6")]
    [InlineData("stretch 3 times a day")]
    [InlineData("no 2 days")]
    [InlineData("3")]
    [InlineData("how long do i hold stretch number 3 for each leg")]
    public void NoStretchNamed_IsNull(string message) =>
        Assert.Null(RoutineNumber.Read(PhraseKey.Of(message), steps: 5));
}
