using System.Reflection;
using BackCareBot.BackCare.Triage;
using BackCareBot.BackCare.Triage.Vocabulary;

namespace BackCareBot.BackCare.Tests.Triage.Vocabulary;

public sealed class TriageVocabularyTests
{
    private static readonly TriageVocabulary Built = TriageVocabulary.Build(RealRules.Rules);

    public static TheoryData<string, TriageLevel> DocumentedSigns => new()
    {
        { WarningSignIds.SaddleNumbness, TriageLevel.Emergency },
        { WarningSignIds.BladderControl, TriageLevel.Emergency },
        { WarningSignIds.BowelControl, TriageLevel.Emergency },
        { WarningSignIds.BothLegs, TriageLevel.Emergency },
        { WarningSignIds.LegWeakness, TriageLevel.Emergency },
        { WarningSignIds.ChestPain, TriageLevel.Emergency },
        { WarningSignIds.MajorTrauma, TriageLevel.Emergency },
        { WarningSignIds.SexualDysfunction, TriageLevel.Emergency },
        { WarningSignIds.Fever, TriageLevel.Urgent },
        { WarningSignIds.WeightLoss, TriageLevel.Urgent },
        { WarningSignIds.BackLump, TriageLevel.Urgent },
        { WarningSignIds.NightPain, TriageLevel.Urgent },
        { WarningSignIds.CoughSneezePain, TriageLevel.Urgent },
        { WarningSignIds.UpperBackPain, TriageLevel.Urgent },
        { WarningSignIds.CancerHistory, TriageLevel.Urgent },
        { WarningSignIds.Immunosuppression, TriageLevel.Urgent },
        { WarningSignIds.SteroidUse, TriageLevel.Urgent },
        { WarningSignIds.IvDrugUse, TriageLevel.Urgent },
        { WarningSignIds.MinorTraumaOsteoporosis, TriageLevel.Urgent },
        { WarningSignIds.AgeNewOnset, TriageLevel.Urgent },
    };

    [Theory]
    [MemberData(nameof(DocumentedSigns))]
    public void DocumentedSign_HasOneRuleAtItsLevel(string id, TriageLevel level)
    {
        var rule = Assert.Single(Built.Signs, rule => rule.Sign.Id == id);

        Assert.Equal(level, rule.Sign.Level);
        Assert.NotEmpty(rule.Phrases);
    }

    /// <summary>The code names some signs (tests, the screening answers); each must still have its rule file.</summary>
    [Fact]
    public void EveryIdConstant_IsDocumentedAndHasARule()
    {
        var constants = typeof(WarningSignIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Subset(Built.Signs.Select(rule => rule.Sign.Id).ToHashSet(), constants.ToHashSet());
        Assert.Equal(constants, DocumentedSigns.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AllIds_ListsEveryConstantOnce() =>
        Assert.Equal(
            typeof(WarningSignIds).GetFields(BindingFlags.Public | BindingFlags.Static).Select(field => (string)field.GetRawConstantValue()!),
            WarningSignIds.All);

    [Fact]
    public void Ids_AreLowerCaseKebab() =>
        Assert.All(Built.Signs, rule => Assert.Matches("^[a-z]+(-[a-z]+)*$", rule.Sign.Id));

    [Fact]
    public void Vocabulary_CompilesEveryPhrase() => Assert.True(Built.PatternCount > 200);
}
