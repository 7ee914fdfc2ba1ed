using System.Text.Json;
using BackCareBot.BotFramework.Schema;
using BackCareBot.Transcripts.Replay;

namespace BackCareBot.Tools.Tests.Transcripts.Replay;

public sealed class ActivityComparerTests
{
    private static readonly ReplayOptions Options = new()
    {
        Entities = [new ComparedEntity("backcare/triage", ["level", "reasons"]), new ComparedEntity("backcare/advice", ["id", "score"])],
    };

    public static TheoryData<string, string, string?> Cases => new()
    {
        // expected activity, actual activity, the field that differs (null: they match)
        { """{"type":"message","text":"Hello"}""", """{"type":"message","text":"  Hello\r\n"}""", null },
        { """{"type":"message","text":"Line 1\nLine 2"}""", """{"type":"message","text":"Line 1\r\nLine 2"}""", null },
        { """{"type":"message","text":"Hello"}""", """{"type":"message","text":"Hi"}""", "text (line 1, column 2)" },
        { """{"type":"message","text":"One\nTwo"}""", """{"type":"message","text":"One\nTwins"}""", "text (line 2, column 3)" },
        { """{"type":"message"}""", """{"type":"message","text":"anything","inputHint":"expectingInput"}""", null },
        { """{"type":"typing"}""", """{"type":"message","text":"x"}""", "type" },
        { """{"type":"message","text":""}""", """{"type":"message"}""", null },
        { """{"type":"message","inputHint":"expectingInput"}""", """{"type":"message","inputHint":"acceptingInput"}""", "inputHint" },
        { """{"type":"message","id":"1","timestamp":"2020-01-01T00:00:00Z","from":{"id":"x"},"conversation":{"id":"c"},"serviceUrl":"http://a"}""",
          """{"type":"message","id":"2","from":{"id":"y"},"conversation":{"id":"d"}}""", null },
        { Suggested("A", "B"), Suggested("A", "B"), null },
        { Suggested("A", "B"), Suggested("A"), "suggestedActions" },
        { Suggested("A", "B"), Suggested("A", "C"), "suggestedActions[1].title" },
        { """{"type":"message","suggestedActions":{"actions":[]}}""", """{"type":"message"}""", null },
        { """{"type":"message","suggestedActions":{"actions":[{"type":"imBack","title":"A","value":"A"}]}}""",
          """{"type":"message","suggestedActions":{"actions":[{"type":"postBack","title":"A","value":"A"}]}}""", "suggestedActions[0].type" },
        { Attached("application/vnd.microsoft.card.hero"), Attached("application/vnd.microsoft.card.hero"), null },
        { Attached("application/vnd.microsoft.card.hero"), Attached("application/vnd.microsoft.card.thumbnail"), "attachments[0].contentType" },
        { Attached("application/vnd.microsoft.card.hero"), """{"type":"message"}""", "attachments" },
        { Card("""{"buttons":[]}"""), Card("""{"buttons":[{"type":"imBack","title":"Help","value":"Help"}]}"""), null },
        { Card("""{"title":"T","buttons":[{"type":"imBack","title":"Help","value":"Help"}]}"""),
          Card("""{"title":"T","buttons":[{"type":"imBack","title":"Help","value":"Help"}]}"""), null },
        { Card("""{"buttons":[{"type":"imBack","title":"Help","value":"Help"}]}"""), Card("""{"buttons":[]}"""), "attachments[0].content.buttons" },
        { Card("""{"title":"T"}"""), Card("""{"title":"U"}"""), "attachments[0].content.title (line 1, column 1)" },
        { Triage("""{"level":"doctor","reasons":["sharp-pain","duration-over-a-week"]}"""),
          Triage("""{"level":"doctor","reasons":["duration-over-a-week","sharp-pain"]}"""), null },
        { Triage("""{"level":"doctor"}"""), Triage("""{"level":"emergency","reasons":["red-flag:fever"]}"""), "backcare/triage.level" },
        { Triage("""{"level":"doctor","reasons":["sharp-pain"]}"""), Triage("""{"level":"doctor","reasons":[]}"""), "backcare/triage.reasons" },
        { Triage("""{"level":"doctor"}"""), """{"type":"message"}""", "backcare/triage" },
        { """{"type":"message"}""", Triage("""{"level":"doctor"}"""), null },
        { Advice("""{"id":"hamstring-stretch"}"""), Advice("""{"id":"hamstring-stretch","score":0.5}"""), null },
        { Advice("""{"id":"hamstring-stretch","score":0.82}"""), Advice("""{"id":"hamstring-stretch","score":0.825}"""), null },
        { Advice("""{"id":"hamstring-stretch","score":0.82}"""), Advice("""{"id":"hamstring-stretch","score":0.84}"""), "backcare/advice.score" },
        { Advice("""{"id":"hamstring-stretch"}"""), Advice("""{"id":"foam-roller"}"""), "backcare/advice.id" },
        { """{"type":"message","entities":[{"type":"other","x":1}]}""", """{"type":"message","entities":[{"type":"other","x":2}]}""", null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compare_FindsTheFirstDifferenceInWhatTheTranscriptCarries(string expected, string actual, string? field)
    {
        var difference = ActivityComparer.Compare(Parse(expected), Parse(actual), Options);

        Assert.Equal(field, difference?.Field);
    }

    [Fact]
    public void TextDifference_ShowsBothTextsNormalised()
    {
        var difference = ActivityComparer.Compare(Parse("""{"type":"message","text":"Hello\r\n"}"""), Parse("""{"type":"message","text":" Hi"}"""), Options);

        Assert.Equal(new ActivityDifference("text (line 1, column 2)", "Hello", "Hi"), difference);
    }

    private static Activity Parse(string json) => JsonSerializer.Deserialize(json, BotJson.TypeInfo<Activity>())!;

    private static string Suggested(params string[] titles)
    {
        var actions = string.Join(",", titles.Select(title => $$"""{"type":"imBack","title":"{{title}}","value":"{{title}}"}"""));
        return """{"type":"message","suggestedActions":{"actions":[""" + actions + "]}}";
    }

    private static string Attached(string contentType) => $$"""{"type":"message","attachments":[{"contentType":"{{contentType}}"}]}""";

    private static string Card(string content) =>
        $$"""{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.hero","content":{{content}}}]}""";

    private static string Triage(string properties) => Entity("backcare/triage", properties);

    private static string Advice(string properties) => Entity("backcare/advice", properties);

    private static string Entity(string type, string properties) =>
        $$"""{"type":"message","entities":[{"type":"{{type}}",{{properties[1..]}}]}""";
}
