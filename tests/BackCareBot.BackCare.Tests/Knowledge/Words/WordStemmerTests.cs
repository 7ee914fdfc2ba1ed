using BackCareBot.BackCare.Knowledge.Words;

namespace BackCareBot.BackCare.Tests.Knowledge.Words;

public sealed class WordStemmerTests
{
    [Theory]
    [InlineData("stretching", "stretch")]
    [InlineData("stretches", "stretch")]
    [InlineData("stretched", "stretch")]
    [InlineData("hamstrings", "hamstr")]
    [InlineData("hamstring", "hamstr")]
    [InlineData("thighs", "thigh")]
    [InlineData("child's", "child")]
    public void Inflections_ShareAStem(string word, string stem) => Assert.Equal(stem, WordStemmer.StemToString(word));

    [Fact]
    public void StemmingOnManyThreads_GivesTheSameStems()
    {
        var words = new[] { "stretching", "flexors", "glutes", "sitting", "rolling", "kneeling" };
        var expected = words.Select(WordStemmer.StemToString).ToArray();

        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => words.Select(WordStemmer.StemToString).ToArray()).ToArray();

        Assert.All(results, stems => Assert.Equal(expected, stems));
    }
}
