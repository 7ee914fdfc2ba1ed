using BackCareBot.BackCare.Triage.Language;
using BackCareBot.BackCare.Triage.Vocabulary;

namespace BackCareBot.BackCare.Tests.Triage.Durations;

/// <summary>
/// Every word the recogniser's definitions use that the lexicon knows is either something the duration reader
/// never reads past (a time hint, a number, a time connector) or a neighbour the differential tests verify.
/// </summary>
public sealed class TimeVocabularyTests
{
    [Fact]
    public void RecogniserWordsTheLexiconKnows_AreConnectorsOrVerifiedNeighbours()
    {
        var lexicon = DurationReaders.Shared.Lexicon;
        var unaccounted = TimeVocabulary.LibraryWords
            .Where(word => lexicon.Find(word) is var id && id != Lexicon.UnknownWord
                && (lexicon.FlagsOf(id) & (WordFlags.TimeHint | WordFlags.AmbiguousMonth | WordFlags.TimeConnector)) == 0
                && lexicon.NumberOf(id) < 0
                && !TimeVocabulary.VerifiedNeighbours.ContainsKey(word)
                && !TimeExpressionWords.PassOver.Contains(word))
            .ToList();

        Assert.True(unaccounted.Count == 0, string.Join(", ", unaccounted));
    }

    [Fact]
    public void VerifiedNeighbours_AreWordsTheReaderTreatsAsPlain()
    {
        var lexicon = DurationReaders.Shared.Lexicon;

        Assert.All(TimeVocabulary.VerifiedNeighbours.Keys, word =>
        {
            var id = lexicon.Find(word);
            Assert.NotEqual(Lexicon.UnknownWord, id);
            Assert.Equal(WordFlags.None, lexicon.FlagsOf(id) & (WordFlags.TimeHint | WordFlags.TimeConnector));
            Assert.Contains(word, TimeVocabulary.LibraryWords);
        });
    }

    [Fact]
    public void PlainWords_AreNotRecogniserWords() =>
        Assert.All(TimeExpressionWords.PlainWords, word => Assert.DoesNotContain(word, TimeVocabulary.LibraryWords));

    [Fact]
    public void LibraryWords_AreReadFromTheDefinitions() =>
        Assert.Superset(new HashSet<string>(["ago", "since", "fortnight", "weekend", "tomorrow", "noon"], StringComparer.Ordinal), TimeVocabulary.LibraryWords.ToHashSet(StringComparer.Ordinal));
}
