using BackCareBot.BackCare.Text;
using BackCareBot.Conversation.Dialogs.Recognition;
using BackCareBot.Conversation.Tests.Support;

namespace BackCareBot.Conversation.Tests.Dialogs.Recognition;

public sealed class FollowUpReaderTests
{
    private readonly FollowUpReader _reader = new(Content.Wording.Actions);

    public static TheoryData<string, FollowUp> Messages => new()
    {
        { "How do I do it?", FollowUp.HowTo },
        { "how do i do that", FollowUp.HowTo },
        { "ok how?", FollowUp.HowTo },
        { "What's the next stretch?", FollowUp.NextStretch },
        { "next", FollowUp.NextStretch },
        { "another one", FollowUp.NextStretch },
        { "Another one please", FollowUp.NextStretch },
        { "Why does sitting do this?", FollowUp.WhySitting },
        { "why", FollowUp.WhySitting },
        { "why do my hip flexors matter", FollowUp.None },
        { "how do i stretch my hamstrings", FollowUp.None },
        { "two days", FollowUp.None },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Read_RecognisesButtonLabelsAndTypedVariants(string message, FollowUp expected) =>
        Assert.Equal(expected, _reader.Read(PhraseKey.Of(message)));
}
