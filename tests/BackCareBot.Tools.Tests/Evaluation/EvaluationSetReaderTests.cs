using BackCareBot.Evaluation;

namespace BackCareBot.Tools.Tests.Evaluation;

public sealed class EvaluationSetReaderTests
{
    [Fact]
    public void BlankLines_AreSkippedAndLinesKeepTheirNumbers()
    {
        const string file = """
            {"id":"a","turns":["hi"],"triage":"none"}

            {"id":"b","turns":["my back hurts"],"triage":"asks"}
            """;

        var cases = EvaluationSetReader.Read(new StringReader(file), "set.jsonl");

        Assert.Equal(["a", "b"], cases.Select(read => read.Id));
        Assert.Equal([new CaseLocation("set.jsonl", 1), new CaseLocation("set.jsonl", 3)], cases.Select(read => read.Location));
    }

    [Fact]
    public void MalformedLine_NamesTheLineItIsOn()
    {
        const string file = """
            {"id":"a","turns":["hi"],"triage":"none"}
            {"id":"b","turns":["my back hurts"],"triage":"asks"}
            {"id":"c","turns":["my back hurts"],"triage":"sometimes"}
            """;

        var error = Assert.Throws<EvaluationSetFormatException>(() => EvaluationSetReader.Read(new StringReader(file), "set.jsonl"));

        Assert.StartsWith("set.jsonl:3: \"triage\" must be one of", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateId_NamesBothLines()
    {
        const string file = """
            {"id":"a","turns":["hi"],"triage":"none"}
            {"id":"b","turns":["hi"],"triage":"none"}
            {"id":"a","turns":["hello"],"triage":"none"}
            """;

        var error = Assert.Throws<EvaluationSetFormatException>(() => EvaluationSetReader.Read(new StringReader(file), "set.jsonl"));

        Assert.Equal("set.jsonl:3: duplicate id \"a\" (first used on line 1)", error.Message);
    }

    [Fact]
    public void FileWithoutCases_IsRejected()
    {
        var error = Assert.Throws<EvaluationSetFormatException>(() => EvaluationSetReader.Read(new StringReader("\n  \n"), "set.jsonl"));

        Assert.Equal("set.jsonl: the file holds no cases", error.Message);
        Assert.Null(error.Line);
    }
}
