using BackCareBot.BackCare.Knowledge;

namespace BackCareBot.BackCare.Tests.Knowledge;

public sealed class RealKnowledgeTests
{
    public static TheoryData<string, string, string> Experts => new()
    {
        { AdviceIds.GluteSelfMassage, "Marc Perry", "CSCS, CPT" },
        { AdviceIds.YogaPoses, "Marc Perry", "CSCS, CPT" },
        { AdviceIds.DeskErgonomics, "Marc Perry", "CSCS, CPT" },
        { AdviceIds.HalfKneelingWindmill, "Kristin Rooke", "BuiltLean Coach & Managing Editor" },
        { AdviceIds.HamstringStretch, "John Levya", "CSCS, CPT" },
        { AdviceIds.HipFlexorStretch, "Stephen Bergeron", "CSCS, CPT" },
        { AdviceIds.DeadBug, "Monika Volkmar", "Owner/Founder of The Dance Training Project" },
    };

    public static TheoryData<string, string> ReaderTips => new()
    {
        { AdviceIds.FoamRoller, "Victor" },
        { AdviceIds.MassageBall, "Jimmy99" },
        { AdviceIds.StandingDesk, "Jimmy99" },
    };

    public static TheoryData<string> Ids => [.. AdviceIds.All];

    [Fact]
    public void RealFolder_HasEveryDesignIdInTheArticlesOrder() => Assert.Equal(AdviceIds.All, RealKnowledge.Base.AdviceIds);

    [Theory]
    [MemberData(nameof(Experts))]
    public void ExpertAdvice_IsAttributedWithCredentials(string id, string expert, string credentials)
    {
        var attribution = RealKnowledge.Base[id].Attribution;

        Assert.Equal((AttributionKind.Expert, expert, credentials), (attribution.Kind, attribution.Name, attribution.Credentials));
        Assert.Equal($"{expert}, {credentials}", attribution.Display);
    }

    [Theory]
    [MemberData(nameof(ReaderTips))]
    public void ReaderTips_AreMarkedAsReaderTips(string id, string reader)
    {
        var entry = RealKnowledge.Base[id];

        Assert.Equal((AttributionKind.ReaderTip, reader, (string?)null), (entry.Attribution.Kind, entry.Attribution.Name, entry.Attribution.Credentials));
        Assert.Contains("reader", entry.Answer, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WhySittingHurts_CitesTheIntroductionsSource()
    {
        var attribution = RealKnowledge.Base[AdviceIds.WhySittingHurts].Attribution;

        Assert.Equal(AttributionKind.Article, attribution.Kind);
        Assert.Contains("Deardorff", attribution.Citation, StringComparison.Ordinal);
        Assert.Contains("Chicago Tribune", attribution.Citation, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Entry_HasGenerousPhrasings(string id) =>
        Assert.InRange(RealKnowledge.Base[id].Phrasings.Count, 15, 30);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Entry_NamesNoProductAndNoSpam(string id)
    {
        var entry = RealKnowledge.Base[id];
        var text = string.Join(' ', [entry.Title, entry.Answer, entry.StepsNote, entry.Hold, entry.Frequency, entry.Why, .. entry.Steps]);

        Assert.DoesNotContain("zestdesk", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("ray ban", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Exercise_SaysHowLongAndHowOften(string id)
    {
        var entry = RealKnowledge.Base[id];

        Assert.True(entry.Kind != AdviceKind.Exercise || (entry.Hold is { Length: > 0 } && entry.Frequency is { Length: > 0 }));
    }

    [Fact]
    public void HamstringStretch_HoldsTheArticlesTime() =>
        Assert.Contains("20-30 seconds", RealKnowledge.Base[AdviceIds.HamstringStretch].Hold, StringComparison.Ordinal);

    [Fact]
    public void HipFlexorStretch_IsEveryDayTwice() =>
        Assert.Equal("Every day, twice a day.", RealKnowledge.Base[AdviceIds.HipFlexorStretch].Frequency);

    [Fact]
    public void UnknownId_IsNotFound()
    {
        Assert.False(RealKnowledge.Base.TryGet("cobra-pose", out _));
        Assert.Throws<KeyNotFoundException>(() => RealKnowledge.Base["cobra-pose"]);
    }
}
