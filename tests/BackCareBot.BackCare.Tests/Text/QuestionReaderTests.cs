using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Tests.Text;

public sealed class QuestionReaderTests
{
    public static TheoryData<string, bool> Messages => new()
    {
        { "should I get a standing desk?", true },
        { "sharp pain in my back, should I get a standing desk", true },
        { "How should I set up my desk", true },
        { "is a foam roller any good", true },
        { "I get a sharp pain in my lower back when I stand up", false },
        { "I have a sharp pain in my lower back", false },
        { "my back has hurt for three weeks", false },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void IsQuestion_ForAQuestionMarkOrAClauseOpeningWithAQuestionWord(string message, bool expected) =>
        Assert.Equal(expected, QuestionReader.IsQuestion(message));
}
