using BackCareBot.BackCare.Text;
using BackCareBot.Conversation.Dialogs.Recognition;
using BackCareBot.Conversation.Tests.Support;

namespace BackCareBot.Conversation.Tests.Dialogs.Recognition;

public sealed class ChoiceReaderTests
{
    private static readonly string[] Titles = ["Foam roller (a reader's tip)", "Massage ball for your glutes (a reader's tip)"];

    private readonly ChoiceReader _reader = new(Content.Wording.Actions);

    public static TheoryData<string, int?, bool> Messages => new()
    {
        { "Foam roller (a reader's tip)", 0, false },
        { "massage ball for your glutes (a reader's tip)", 1, false },
        { "1", 0, false },
        { "2", 1, false },
        { "the second one", 1, false },
        { "first", 0, false },
        { "None of these", null, true },
        { "neither", null, true },
        { "3", null, false },
        { "the third one", null, false },
        { "how long do I hold the hamstring stretch?", null, false },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Read_RecognisesATitleANumberOrNoneOfThese(string message, int? index, bool noneOfThese)
    {
        var answer = _reader.Read(PhraseKey.Of(message), Titles);

        Assert.Equal(index, answer.Index);
        Assert.Equal(noneOfThese, answer.NoneOfThese);
    }
}
