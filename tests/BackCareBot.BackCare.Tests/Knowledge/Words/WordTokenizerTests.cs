using BackCareBot.BackCare.Knowledge.Words;

namespace BackCareBot.BackCare.Tests.Knowledge.Words;

public sealed class WordTokenizerTests
{
    [Theory]
    [InlineData("how do i stretch", "how|do|i|stretch")]
    [InlineData("half-kneeling windmill", "half|kneeling|windmill")]
    [InlineData("child's pose", "child's|pose")]
    [InlineData("'quoted' words'", "quoted|words")]
    [InlineData("sit/stand desk", "sit|stand|desk")]
    [InlineData("20-30 seconds", "20|30|seconds")]
    [InlineData("  ", "")]
    [InlineData("dolor de espalda", "dolor|de|espalda")]
    public void Words_AreSplitAtNonLetters(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', Tokens(text).Select(token => text.Substring(token.Start, token.Length))));

    [Fact]
    public void ClauseMarks_SeparatePhrases()
    {
        var tokens = Tokens("my back, thighs and-hips. ok");

        Assert.Equal([false, false, true, false, false, true], tokens.Select(token => token.FollowsBreak));
    }

    private static List<WordToken> Tokens(string text)
    {
        var tokens = new List<WordToken>();
        var tokenizer = new WordTokenizer(text);
        while (tokenizer.MoveNext())
        {
            tokens.Add(tokenizer.Current);
        }

        return tokens;
    }
}
