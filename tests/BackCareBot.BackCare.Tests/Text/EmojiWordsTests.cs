using BackCareBot.BackCare.Text;

namespace BackCareBot.BackCare.Tests.Text;

/// <summary>Emoji that stand for a word are read as that word; the rest stay spaces, as before.</summary>
public sealed class EmojiWordsTests
{
    [Theory]
    [InlineData("back pain 😭 and my 🍑 is numb", "back pain and my bum is numb")]
    [InlineData("🔥 lower back + 🤒 39.2", "lower back + fever 39.2")]
    [InlineData("👍", "ok")]
    [InlineData("legs🦵numb", "legs leg numb")]
    [InlineData("🙂🙂", "")]
    public void Emoji_AreReadAsTheirWords(string text, string normalized) =>
        Assert.Equal(normalized, MessageNormalizer.Normalize(text).Text);

    [Fact]
    public void LongRunOfEmojiWords_StaysWithinTheAnalysedLength()
    {
        var message = MessageNormalizer.Normalize(string.Concat(Enumerable.Repeat("🍑", 2000)));

        Assert.True(message.Text.Length <= MessageNormalizer.MaxAnalysedLength);
        Assert.True(message.Truncated);
    }
}
