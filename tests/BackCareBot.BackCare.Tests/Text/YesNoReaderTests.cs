using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Tests.Text;

public sealed class YesNoReaderTests
{
    public static TheoryData<string, YesNo> Messages => new()
    {
        { "yes", YesNo.Yes },
        { "Yeah.", YesNo.Yes },
        { "yep", YesNo.Yes },
        { "no", YesNo.No },
        { "Nope!", YesNo.No },
        { "not really", YesNo.No },
        { "no, it's dull", YesNo.Neither },
        { "yes, stabbing", YesNo.Neither },
        { "two days", YesNo.Neither },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Read_RecognisesOnlyABareAnswer(string message, YesNo expected) =>
        Assert.Equal(expected, YesNoReader.Read(PhraseKey.Of(message)));
}
