using BackCareBot.Evaluation;

namespace BackCareBot.Tools.Tests.Evaluation;

public sealed class EvaluationCaseParserTests
{
    private static readonly CaseLocation Line7 = new("set.jsonl", 7);

    [Fact]
    public void LineWithEveryField_ReadsEachOne()
    {
        const string line = """
            {"id":"flow-1","turns":["my back hurts","it's dull"],"advice":["hamstring-stretch","dead-bug"],"triage":"asks","then":[{"say":"about ten days","triage":"doctor"},{"say":"and a fever","triage":"urgent-or-emergency"}]}
            """;

        var parsed = EvaluationCaseParser.Parse(line, Line7);

        Assert.Equal("flow-1", parsed.Id);
        Assert.Equal(["my back hurts", "it's dull"], parsed.Turns);
        Assert.Equal(["hamstring-stretch", "dead-bug"], parsed.Advice);
        Assert.Equal(ExpectedTriage.Asks, parsed.Triage);
        Assert.Equal(
            [new FollowUpStep("about ten days", ExpectedTriage.Doctor), new FollowUpStep("and a fever", ExpectedTriage.UrgentOrEmergency)],
            parsed.Then);
        Assert.Equal(Line7, parsed.Location);
        Assert.Equal(["my back hurts", "it's dull", "about ten days", "and a fever"], parsed.Messages);
    }

    [Fact]
    public void AbsentAdviceAndTriage_AreNotChecked()
    {
        var parsed = EvaluationCaseParser.Parse("""{"id":"x","turns":["a"],"then":[{"say":"b","triage":"none"}]}""", Line7);

        Assert.Null(parsed.Advice);
        Assert.Null(parsed.Triage);
        Assert.Equal([(1, ExpectedTriage.None)], parsed.TriageChecks);
    }

    [Fact]
    public void EmptyAdviceList_MeansNoAdvice()
    {
        var parsed = EvaluationCaseParser.Parse("""{"id":"x","turns":["weather?"],"advice":[],"triage":"none"}""", Line7);

        Assert.NotNull(parsed.Advice);
        Assert.Empty(parsed.Advice);
    }

    [Theory]
    [InlineData("emergency", ExpectedTriage.Emergency)]
    [InlineData("urgent", ExpectedTriage.Urgent)]
    [InlineData("doctor", ExpectedTriage.Doctor)]
    [InlineData("self-care", ExpectedTriage.SelfCare)]
    [InlineData("none", ExpectedTriage.None)]
    [InlineData("none-or-self-care", ExpectedTriage.NoneOrSelfCare)]
    [InlineData("urgent-or-emergency", ExpectedTriage.UrgentOrEmergency)]
    [InlineData("asks", ExpectedTriage.Asks)]
    public void TriageLabel_ReadsAsItsLevel(string label, ExpectedTriage expected)
    {
        var parsed = EvaluationCaseParser.Parse($$"""{"id":"x","turns":["a"],"triage":"{{label}}"}""", Line7);

        Assert.Equal(expected, parsed.Triage);
        Assert.Equal(label, expected.ToWireName());
    }

    public static TheoryData<string, string> MalformedLines { get; } = new()
    {
        { "not json", "not valid JSON" },
        { """{"id":"x","turns":["a"],"triage":"none"} trailing""", "not valid JSON" },
        { """["x"]""", "a case must be a JSON object" },
        { """{"turns":["a"],"triage":"none"}""", "missing \"id\"" },
        { """{"id":"","turns":["a"],"triage":"none"}""", "\"id\" must be a non-empty string" },
        { """{"id":3,"turns":["a"],"triage":"none"}""", "\"id\" must be a non-empty string" },
        { """{"id":"x","triage":"none"}""", "missing \"turns\"" },
        { """{"id":"x","turns":[],"triage":"none"}""", "\"turns\" must be a non-empty array of non-empty strings" },
        { """{"id":"x","turns":"my back hurts","triage":"none"}""", "\"turns\" must be a non-empty array" },
        { """{"id":"x","turns":["a",1],"triage":"none"}""", "\"turns\" must be a non-empty array" },
        { """{"id":"x","turns":["a"," "],"triage":"none"}""", "\"turns\" must be a non-empty array" },
        { """{"id":"x","turns":["a"],"advice":"hamstring-stretch"}""", "\"advice\" must be an array of advice ids" },
        { """{"id":"x","turns":["a"],"advice":["hamstrings"]}""", "unknown advice id \"hamstrings\"" },
        { """{"id":"x","turns":["a"],"triage":"maybe"}""", "\"triage\" must be one of emergency, urgent, doctor" },
        { """{"id":"x","turns":["a"],"triage":null}""", "\"triage\" must be one of" },
        { """{"id":"x","turns":["a"],"triage":"none","advise":[]}""", "unknown field \"advise\"" },
        { """{"id":"x","turns":["a"]}""", "the case checks nothing" },
        { """{"id":"x","turns":["a"],"then":{"say":"b","triage":"doctor"}}""", "\"then\" must be an array" },
        { """{"id":"x","turns":["a"],"then":["b"]}""", "then[0] must be an object" },
        { """{"id":"x","turns":["a"],"then":[{"say":"b","triage":"doctor"},{"say":"c"}]}""", "then[1] needs \"triage\"" },
        { """{"id":"x","turns":["a"],"then":[{"triage":"doctor"}]}""", "then[0] needs \"say\"" },
        { """{"id":"x","turns":["a"],"then":[{"say":"b","triage":"soon"}]}""", "then[0].triage must be one of" },
        { """{"id":"x","turns":["a"],"then":[{"say":"b","triage":"doctor","advice":[]}]}""", "then[0] has an unknown field \"advice\"" },
    };

    [Theory]
    [MemberData(nameof(MalformedLines))]
    public void MalformedLine_IsRejectedWithItsFileLineAndProblem(string line, string problem)
    {
        var error = Assert.Throws<EvaluationSetFormatException>(() => EvaluationCaseParser.Parse(line, Line7));

        Assert.StartsWith("set.jsonl:7: ", error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Equal(7, error.Line);
    }
}
