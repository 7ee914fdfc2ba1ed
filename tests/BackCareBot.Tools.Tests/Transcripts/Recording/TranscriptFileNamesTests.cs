using BackCareBot.Transcripts.Recording;

namespace BackCareBot.Tools.Tests.Transcripts.Recording;

public sealed class TranscriptFileNamesTests
{
    [Theory]
    [InlineData("webchat", "webchat")]
    [InlineData("a:1Abc/def\\ghi", "a_1Abc_def_ghi")]
    [InlineData("19:abc@thread.tacv2;messageid=17", "19_abc@thread.tacv2;messageid=17")]
    [InlineData("..", "_")]
    [InlineData("../../etc/passwd", "_.._.._etc_passwd")]
    [InlineData(".hidden", "_.hidden")]
    [InlineData("CON", "_CON")]
    [InlineData("nul.txt", "_nul.txt")]
    [InlineData("a<b>c|d?e*f\"g\th", "a_b_c_d_e_f_g_h")]
    [InlineData("", "unknown")]
    [InlineData(null, "unknown")]
    public void Sanitize_MakesASafeFileName(string? id, string expected)
    {
        Assert.Equal(expected, TranscriptFileNames.Sanitize(id));
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
    public void PathFor_IsFolderChannelConversation()
    {
        var path = TranscriptFileNames.PathFor("/records", "msteams", "a:b");

        Assert.Equal(Path.Combine("/records", "msteams", "a_b.transcript"), path);
    }
}
