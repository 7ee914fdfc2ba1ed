using System.Text;
using BackCareBot.BotFramework.Schema;
using BackCareBot.Transcripts;
using BackCareBot.Transcripts.Reading;

namespace BackCareBot.Tools.Tests.Transcripts.Reading;

public sealed class TranscriptJsonReaderTests
{
    [Theory]
    [InlineData("""[{"type":"message","text":"hi"},{"type":"message","text":"hello"}]""")]
    [InlineData("""{"transcript":[{"type":"message","text":"hi"},{"type":"message","text":"hello"}]}""")]
    [InlineData("""{"name":"x","TRANSCRIPT":[{"type":"message","text":"hi"},{"type":"message","text":"hello"}],"more":[1]}""")]
    [InlineData("\uFEFF[{\"type\":\"message\",\"text\":\"hi\"},{\"type\":\"message\",\"text\":\"hello\"}]")]
    public void ArrayOrObjectForm_ReadsTheActivitiesInOrder(string json)
    {
        var transcript = Read(json);

        Assert.Equal(["hi", "hello"], transcript.Activities.Select(activity => activity.Text));
    }

    [Fact]
    public void EntriesWithoutType_AreSkipped()
    {
        var transcript = Read("""[{"text":"no type"},{"type":"","text":"empty type"},42,{"type":"typing"}]""");

        Assert.Equal([ActivityTypes.Typing], transcript.Activities.Select(activity => activity.Type));
    }

    [Fact]
    public void RolesAndUnknownFields_AreKept()
    {
        var transcript = Read("""[{"type":"message","from":{"id":"b","role":"bot"},"vendorField":{"a":1}}]""");

        var activity = Assert.Single(transcript.Activities);
        Assert.Equal(RoleTypes.Bot, activity.From?.Role);
        Assert.True(activity.Properties?.ContainsKey("vendorField"));
    }

    [Theory]
    [InlineData("[\n  {\"type\":\"message\",\n   \"text\": oops}\n]", 3, "not valid JSON")]
    [InlineData("[\n{\"type\":\"message\"},\n  {\"type\":\"message\",\"text\":42}\n]", 3, "activity 2")]
    [InlineData("\"just a string\"", 1, "array of activities")]
    [InlineData("{\"activities\":[]}", 1, "transcript")]
    [InlineData("", 1, "empty")]
    [InlineData("[]\n[]", 2, "not valid JSON")]
    public void MalformedFile_IsRejectedWithTheLine(string json, int line, string problem)
    {
        var exception = Assert.Throws<TranscriptFormatException>(() => Read(json));

        Assert.Equal(line, exception.Line);
        Assert.Contains(problem, exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("test.transcript:", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_IsRejectedWithItsPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.transcript");

        var exception = Assert.Throws<TranscriptFormatException>(() => TranscriptFile.Read(path));

        Assert.Equal(path, exception.FilePath);
    }

    private static Transcript Read(string json) => TranscriptJsonReader.Read(Encoding.UTF8.GetBytes(json), "test.transcript");
}
