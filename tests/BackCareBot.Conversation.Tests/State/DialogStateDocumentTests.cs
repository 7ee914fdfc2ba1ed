using System.Text.Json;
using BackCareBot.BackCare;
using BackCareBot.BackCare.Triage;
using BackCareBot.Conversation.Dialogs;
using BackCareBot.Conversation.State;
using BackCareBot.Conversation.Tests.Support;

namespace BackCareBot.Conversation.Tests.State;

public sealed class DialogStateDocumentTests
{
    private const string Secret = "periwinkle zeppelin";

    private static readonly DialogState Full = new()
    {
        Dialog = DialogIds.Disambiguation,
        Facts = new StoredPainFacts(true, Sharpness.NotSharp, TimeSpan.FromDays(2.5), [new StoredWarningSign("fever", TriageLevel.Urgent)]),
        AdviceId = AdviceIds.HamstringStretch,
        Shown = [AdviceIds.HamstringStretch, AdviceIds.HipFlexorStretch],
        Choices = [new AdviceChoice(AdviceIds.FoamRoller, 0.7), new AdviceChoice(AdviceIds.MassageBall, 0.69)],
        Asked = MissingPainFacts.Sharpness,
        Reasks = 1,
        Unanswered = MissingPainFacts.Duration,
        Announced = new AnnouncedTriage(TriageLevel.Urgent, ["red-flag:fever"]),
    };

    [Fact]
    public void Written_ReadsBackTheSame()
    {
        var read = DialogStateDocument.TryRead(DialogStateDocument.Write(Full), Content.Knowledge, out var problem);

        Assert.NotNull(read);
        Assert.Equal("", problem);
        Assert.Equal(Full.Dialog, read.Dialog);
        Assert.Equal(Full.Facts!.ToPainFacts().Duration, read.PainFacts!.Duration);
        Assert.Equal(Full.Facts.WarningSigns, read.Facts!.WarningSigns);
        Assert.Equal(Full.Shown, read.Shown);
        Assert.Equal(Full.Choices, read.Choices);
        Assert.Equal(Full with { Facts = null, Shown = [], Choices = [], Announced = null }, read with { Facts = null, Shown = [], Choices = [], Announced = null });
        Assert.Equal(Full.Announced!.Reasons, read.Announced!.Reasons);
    }

    [Fact]
    public void Written_IsSmallVersionedAndReadable()
    {
        var json = DialogStateDocument.Write(Full).GetRawText();

        Assert.StartsWith("""{"version":1,""", json, StringComparison.Ordinal);
        Assert.Contains("\"asked\":\"sharpness\"", json, StringComparison.Ordinal);
        Assert.Contains("\"level\":\"urgent\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("isFresh", json, StringComparison.Ordinal);
        Assert.True(json.Length < 600, $"{json.Length} characters");
    }

    [Fact]
    public void FreshState_WritesOnlyItsVersion()
    {
        Assert.Equal("""{"version":1}""", DialogStateDocument.Write(DialogState.Fresh).GetRawText());
    }

    public static TheoryData<string, string> Unreadable => new()
    {
        { $$"""{"version":2,"dialog":"advice","adviceId":"{{Secret}}"}""", "version 2" },
        { $$"""{"dialog":"advice","note":"{{Secret}}"}""", "no version" },
        { $$"""{"version":"1","note":"{{Secret}}"}""", "no version" },
        { $$"""["{{Secret}}"]""", "not a JSON object" },
        { $$"""{"version":1,"dialog":5,"note":"{{Secret}}"}""", "shape" },
        { $$"""{"version":1,"asked":"{{Secret}}"}""", "shape" },
        { $$"""{"version":1,"dialog":"{{Secret}}"}""", "dialog" },
        { $$"""{"version":1,"dialog":"advice","adviceId":"{{Secret}}"}""", "advice" },
        { """{"version":1,"dialog":"advice"}""", "advice id" },
        { """{"version":1,"shown":null}""", "nulls" },
        { """{"version":1,"shown":["hamstring-stretch",null]}""", "nulls" },
        { """{"version":1,"choices":[null]}""", "nulls" },
        { """{"version":1,"facts":{"painMentioned":true,"warningSigns":null}}""", "nulls" },
        { """{"version":1,"announced":{"level":"doctor","reasons":null}}""", "nulls" },
        { """{"version":1,"dialog":"disambiguation","choices":[]}""", "choices" },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void DocumentThisCodeDoesNotUnderstand_IsRefusedWithAReasonThatQuotesNothing(string json, string reasonMentions)
    {
        using var document = JsonDocument.Parse(json);

        var read = DialogStateDocument.TryRead(document.RootElement, Content.Knowledge, out var problem);

        Assert.Null(read);
        Assert.Contains(reasonMentions, problem, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, problem, StringComparison.Ordinal);
    }
}
