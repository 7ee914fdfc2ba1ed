using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Tests.Text;

public sealed class PhraseKeyTests
{
    public static TheoryData<string?, string> Messages => new()
    {
        { "What's the next stretch?", "whats the next stretch" },
        { "  OK,   next please! ", "next" },
        { "okay so how do i do that?", "how do i do that" },
        { "<b>Help</b>", "help" },
        // A mention that opens the message is who is spoken to; one inside it names who the message is about.
        { "<at>BackCareBot</at> help", "help" },
        { "my colleague <at>Priya</at> has a fever", "my colleague priya has a fever" },
        { "कमर में दर्द", "कमर में दर्द" },
        { "None of these.", "none of these" },
        { "It’s sharp", "its sharp" },
        { "1", "1" },
        // Texting shorthand is spelled out, so the phrase lists need one spelling.
        { "who r u", "who r you" },
        { "thx, cya", "thanks see you" },
        { "I cannot kneel", "i cant kneel" },
        { "please", "please" },
        { "", "" },
        { null, "" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Of_KeepsLettersAndDigitsAndDropsPoliteness(string? message, string expected) =>
        Assert.Equal(expected, PhraseKey.Of(message));
}

public sealed class PhraseKeyWordsTests
{
    [Fact]
    public void Words_KeepThePoliteness_ThatTheKeyDrops()
    {
        Assert.Equal("great", PhraseKey.Of("great, thanks!"));
        Assert.Equal("great thanks", PhraseKey.Words("great, thanks!"));
    }
}
