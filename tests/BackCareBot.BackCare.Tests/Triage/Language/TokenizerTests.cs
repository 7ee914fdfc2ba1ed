using BackCareBot.BackCare.Triage.Language;

namespace BackCareBot.BackCare.Tests.Triage.Language;

public sealed class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = CreateTokenizer();

    [Fact]
    public void CanNot_IsOneInabilityWord()
    {
        var tokens = Tokenize("i can not feel");

        Assert.Equal(3, tokens.Length);
        Assert.True(tokens[1].Has(WordFlags.Inability));
        Assert.False(tokens[1].Has(WordFlags.Negator));
    }

    [Theory]
    [InlineData("60", 60, false)]
    [InlineData("sixty five", 65, false)]
    [InlineData("sixty-five", 65, false)]
    [InlineData("3rd", 3, true)]
    [InlineData("1.5", 1, false)]
    [InlineData("60%", -1, false)]
    [InlineData("ten", 10, false)]
    [InlineData("back", -1, false)]
    public void Numbers_AreRead(string text, int number, bool ordinal)
    {
        var first = Tokenize(text)[0];

        Assert.Equal(number, first.Number);
        Assert.Equal(ordinal, first.IsOrdinal);
    }

    [Fact]
    public void Punctuation_AndJoiningWords_OpenNewScopes()
    {
        var tokens = Tokenize("no fever at all, numb. pain but sharp and dull");

        Assert.Equal([0, 0, 0, 0, 0, 1, 1, 1, 1, 1], tokens.Select(token => token.Sentence));
        Assert.Equal([0, 0, 0, 0, 0, 1, 2, 2, 2, 2], tokens.Select(token => token.Segment));
        Assert.Equal(tokens[0].Scope, tokens[1].Scope);
        Assert.NotEqual(tokens[3].Scope, tokens[4].Scope);
        Assert.NotEqual(tokens[7].Scope, tokens[8].Scope);
    }

    [Fact]
    public void ShortFragments_StayInTheSegmentOfWhatFollows()
    {
        // "Now both legs. Numb.": one thought written in fragments, read as one.
        var tokens = Tokenize("now both legs. numb.");

        Assert.Equal([0, 0, 0, 1], tokens.Select(token => token.Sentence));
        Assert.Equal([0, 0, 0, 0], tokens.Select(token => token.Segment));
    }

    [Fact]
    public void QuotesAroundWords_AreDropped()
    {
        var tokens = Tokenize("'sharp' isn't");

        Assert.Equal(2, tokens.Length);
        Assert.Equal(1, tokens[0].Start);
        Assert.Equal(5, tokens[0].Length);
        Assert.True(tokens[1].Has(WordFlags.Negator));
    }

    [Fact]
    public void TokenBuffer_BoundsTheWordCount()
    {
        var tokens = new Token[4];

        Assert.Equal(4, Tokenizer.Tokenize("one two three four five six", tokens));
    }

    private static Token[] Tokenize(string text)
    {
        var tokens = new Token[Tokenizer.MaxTokens];
        return tokens[..Tokenizer.Tokenize(text, tokens)];
    }

    private static Tokenizer CreateTokenizer()
    {
        var lexicon = new LexiconBuilder();
        BackCareBot.BackCare.Triage.Vocabulary.FunctionWords.Register(lexicon);
        lexicon.Word("can");
        return new Tokenizer(lexicon.Build());
    }
}
