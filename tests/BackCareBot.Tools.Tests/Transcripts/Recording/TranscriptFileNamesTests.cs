using BackCareBot.Transcripts.Recording;

namespace BackCareBot.Tools.Tests.Transcripts.Recording;

public sealed class TranscriptFileNamesTests
{
    [Theory]
    [InlineData("webchat", "webchat")]
    [InlineData("a:1Abc/def\\ghi", "a%3A1Abc%2Fdef%5Cghi")]
    [InlineData("19:abc@thread.tacv2;messageid=17", "19%3Aabc@thread.tacv2;messageid=17")]
    [InlineData("..", "%2E%2E")]
    [InlineData("../../etc/passwd", "%2E.%2F..%2Fetc%2Fpasswd")]
    [InlineData(".hidden", "%2Ehidden")]
    [InlineData("trailing. ", "trailing%2E%20")]
    [InlineData("CON", "%43ON")]
    [InlineData("nul.txt", "%6Eul.txt")]
    [InlineData("a<b>c|d?e*f\"g\th", "a%3Cb%3Ec%7Cd%3Fe%2Af%22g%09h")]
    [InlineData("100%", "100%25")]
    [InlineData("", "%unknown")]
    [InlineData(null, "%unknown")]
    public void Sanitize_MakesASafeFileName(string? id, string expected)
    {
        Assert.Equal(expected, TranscriptFileNames.Sanitize(id));
    }

    [Theory]
    [InlineData("a/b", "a_b")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a:b", "a|b")]
    [InlineData("CON", "_CON")]
    [InlineData(".x", "_.x")]
    [InlineData("x.", "x")]
    [InlineData("", "unknown")]
    [InlineData("", "%unknown")]
    public void DifferentIds_NeverShareAName(string first, string second)
    {
        Assert.NotEqual(TranscriptFileNames.Sanitize(first), TranscriptFileNames.Sanitize(second));
    }

    [Fact]
    public void LongIds_AreShortenedWithAHashThatKeepsThemApart()
    {
        var first = TranscriptFileNames.Sanitize(new string('a', 300) + "1");
        var second = TranscriptFileNames.Sanitize(new string('a', 300) + "2");

        Assert.True(first.Length <= 120, first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void AShortenedName_IsNotTheNameOfAnyShortId()
    {
        var shortened = TranscriptFileNames.Sanitize(new string('a', 300));

        Assert.NotEqual(shortened, TranscriptFileNames.Sanitize(shortened));
    }

    [Fact]
    public void PathFor_IsFolderChannelConversation()
    {
        var path = TranscriptFileNames.PathFor("/records", "msteams", "a:b");

        Assert.Equal(Path.Combine("/records", "msteams", "a%3Ab.transcript"), path);
    }
}
