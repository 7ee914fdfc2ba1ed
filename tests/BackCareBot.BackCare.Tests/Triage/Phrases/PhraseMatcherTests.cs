using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Phrases;
using BackCareBot.BackCare.Triage.Vocabulary;

namespace BackCareBot.BackCare.Tests.Triage.Phrases;

/// <summary>The phrase notation and matching rules, on a small vocabulary of their own.</summary>
public sealed class PhraseMatcherTests
{
    private const int Set = 0;

    [Theory]
    [InlineData("numb legs", "numb legs", true)]
    [InlineData("numb legs", "my legs are numb", false)]
    [InlineData("numb", "no numbness", false)]
    [InlineData("legs ..3 numb", "my legs are numb", true)]
    [InlineData("legs ..1 numb", "my legs are really very numb", false)]
    [InlineData("legs ..4 numb", "my legs are really very numb", true)]
    [InlineData("tingl* legs", "tingling legs", true)]
    [InlineData("tingl* legs", "tingly legs", true)]
    [InlineData("legs|feet ..2 numb", "feet numb", true)]
    [InlineData("#51-120 ..1 old", "i'm 60 years old", true)]
    [InlineData("#51-120 ..1 old", "i'm 50 years old", false)]
    [InlineData("legs ..4 numb", "my legs are fine. numb arms", false)]
    [InlineData("legs ..4 numb", "my legs are fine but numb arms", false)]
    [InlineData("legs ..4 numb", "my legs, both, numb", true)]
    [InlineData("!mum had cancer", "my mum had cancer", false)]
    [InlineData("!mum had cancer", "i had cancer", true)]
    [InlineData("pain !free", "pain free", false)]
    [InlineData("pain !free", "pain for free", true)]
    [InlineData("both & legs & numb", "both legs numb", true)]
    [InlineData("both & legs & numb", "numb in both legs", true)]
    [InlineData("both & legs & numb", "the legs, two of them and both numb", true)]
    [InlineData("both & legs & numb", "both legs are fine. my arm is numb", false)]
    [InlineData("both & legs & numb", "both legs fine but numb arms", false)]
    [InlineData("both & legs & numb", "both of my legs have been feeling a bit odd and sort of tired lately and now they are numb", false)]
    [InlineData("#38-42 & fever", "fever of 39", true)]
    [InlineData("#38-42 & fever", "39 and a fever", true)]
    public void Phrase_MatchesAsNotated(string phrase, string text, bool matches) =>
        Assert.Equal(matches, Scan(text, phrase).IsMentioned(Set));

    [Theory]
    [InlineData("numbness", "no numbness", true)]
    [InlineData("numbness", "i don't have any numbness", true)]
    [InlineData("numbness", "i don't think i have had any real numbness", true)]
    [InlineData("numbness", "i don't think i have ever really had any real numbness", false)]
    [InlineData("numbness", "no fever but numbness", false)]
    [InlineData("numbness", "no fever, numbness", false)]
    [InlineData("numbness", "no fever and numbness", false)]
    [InlineData("numbness", "no fever or numbness", true)]
    [InlineData("legs ..3 numb", "my legs aren't numb", true)]
    [InlineData("numbness", "i don't know why i have numbness", false)]
    [InlineData("numbness", "not sure about numbness", false)]
    [InlineData("numbness", "no, numbness", false)]
    [InlineData("numbness", "no it's numbness", false)]
    [InlineData("numbness", "cannot walk without numbness", false)]
    [InlineData("numbness", "walking without numbness", true)]
    [InlineData("legs & numb", "my legs are not numb", true)]
    [InlineData("legs & numbness", "no numbness in my legs", true)]
    [InlineData("legs & numb", "no fever but my legs are numb", false)]
    public void Negation_StaysInItsScope(string phrase, string text, bool negated)
    {
        var scan = Scan(text, phrase);

        Assert.True(scan.IsMentioned(Set));
        Assert.Equal(negated, scan.IsNegated(Set));
        Assert.Equal(!negated, scan.IsAffirmed(Set));
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".. legs")]
    [InlineData("legs ..")]
    [InlineData("legs !a numb")]
    [InlineData("#5")]
    [InlineData("#9-5")]
    [InlineData("@unknown")]
    [InlineData("a b c d e f g h i")]
    [InlineData("x*")]
    [InlineData("legs & numb ..2 feet")]
    [InlineData("legs & !numb")]
    [InlineData("legs &")]
    public void MalformedPhrase_IsRejected(string phrase) =>
        Assert.ThrowsAny<Exception>(() => new PhrasePatternParser(new LexiconBuilder(), RealRules.Rules.WordClasses).Parse(phrase, Set));

    private static PhraseScan Scan(string text, string phrase)
    {
        var lexicon = new LexiconBuilder();
        FunctionWords.Register(lexicon);
        lexicon.Word("can");
        var pattern = new PhrasePatternParser(lexicon, RealRules.Rules.WordClasses).Parse(phrase, Set);
        var built = lexicon.Build();
        var tokens = new Token[Tokenizer.MaxTokens];
        var count = new Tokenizer(built).Tokenize(text, tokens);
        return new PhraseMatcher([pattern], built.WordCount, setCount: 1).Scan(tokens.AsSpan(0, count));
    }
}
