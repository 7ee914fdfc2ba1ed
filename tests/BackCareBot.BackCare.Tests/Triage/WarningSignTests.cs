using BackCareBot.BackCare.Triage;

namespace BackCareBot.BackCare.Tests.Triage;

/// <summary>
/// How warning signs are read across a message. Each sign's own phrasings and near misses are the examples and
/// counter-examples in its rule file (<c>dialogs/rules/warning-signs/</c>), run by <c>RuleExamplesTests</c>.
/// </summary>
public sealed class WarningSignTests
{
    [Theory]
    [InlineData("how long do I hold the hamstring stretch")]
    [InlineData("I sit 9 hours a day")]
    [InlineData("is a foam roller any good")]
    [InlineData("should I stand at my desk")]
    [InlineData("what is the dead bug exercise? do I lower both legs?")]
    [InlineData("sit on a massage ball on one side and cross the legs")]
    [InlineData("how do I do the half kneeling windmill")]
    [InlineData("my lower back is stiff after sitting all day")]
    [InlineData("downward dog or child's pose?")]
    [InlineData("how often should I stretch my hip flexors")]
    [InlineData("my back hurts, no fever, no numbness, no bladder problems")]
    [InlineData("I don't have any numbness, tingling, weakness or bladder problems")]
    [InlineData("no fever, chills or weight loss")]
    [InlineData("I have a sharp pain in my back when I stand up")]
    [InlineData("my lower back has hurt for two weeks")]
    public void EverydayMessage_ReportsNoSign(string message) => Assert.Empty(Extraction.SignIds(message));

    [Fact]
    public void NegationDoesNotLeakPastBut() =>
        Assert.Equal([WarningSignIds.BothLegs], Extraction.SignIds("no fever but my legs are numb"));

    [Theory]
    [InlineData("no fever, my legs are numb")]
    [InlineData("no fever, legs numb")]
    [InlineData("no fever, chills, legs numb")]
    public void NegationDoesNotLeakPastACommaThatStartsAStatement(string message) =>
        Assert.Contains(WarningSignIds.BothLegs, Extraction.SignIds(message));

    [Fact]
    public void SeveralSigns_AreEachReportedOnce()
    {
        var ids = Extraction.SignIds("my legs are numb, I can't feel my legs, I wet myself and I have a fever");

        Assert.Equal([WarningSignIds.BladderControl, WarningSignIds.BothLegs, WarningSignIds.Fever], ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SignLevels_FollowTheClinicalNotes()
    {
        var levels = Extraction.Facts("I can't feel my legs and I have a fever").WarningSigns.ToDictionary(sign => sign.Id, sign => sign.Level);

        Assert.Equal(TriageLevel.Emergency, levels[WarningSignIds.BothLegs]);
        Assert.Equal(TriageLevel.Urgent, levels[WarningSignIds.Fever]);
    }
}
