using BackCareBot.BackCare.Triage.Language;

namespace BackCareBot.BackCare.Tests.Triage.Language;

/// <summary>One typo away from a chosen word is that word; a real word of the lexicon, or two typos, are not.</summary>
public sealed class TypoIndexTests
{
    private static readonly Lexicon Words = Build();

    [Theory]
    [InlineData("numbnes", "numbness")]    // a letter missing
    [InlineData("numbnesss", "numbness")]  // a letter extra
    [InlineData("numbmess", "numbness")]   // a letter wrong
    [InlineData("nubmness", "numbness")]   // two letters swapped
    [InlineData("bladdder", "bladder")]
    [InlineData("pregnat", "pregnant")]
    public void OneTypo_FindsTheWord(string typed, string word) =>
        Assert.Equal(Words.Find(word), Words.FindWithTypo(typed));

    [Theory]
    [InlineData("nmbnss")]      // two typos
    [InlineData("ladders")]     // two edits from "bladder", though both drop to "ladder"
    [InlineData("numbnesses")]  // an ending added is a word of its own
    [InlineData("bumpy")]       // too short to correct
    [InlineData("pregnacny1")]
    public void NoSingleTypo_FindsNothing(string typed) =>
        Assert.Equal(Lexicon.UnknownWord, Words.FindWithTypo(typed));

    [Fact]
    public void TwoChosenWordsOneTypoApart_AreAmbiguous()
    {
        var builder = new LexiconBuilder();
        builder.Word("tingles");
        builder.Word("tingled");
        var lexicon = builder.Build(["tingles", "tingled"]);

        Assert.Equal(Lexicon.UnknownWord, lexicon.FindWithTypo("tingler"));
    }

    private static Lexicon Build()
    {
        var builder = new LexiconBuilder();
        foreach (var word in new[] { "numbness", "bladder", "pregnant", "ladder", "bump" })
        {
            builder.Word(word);
        }

        return builder.Build(["numbness", "bladder", "pregnant"]);
    }
}
