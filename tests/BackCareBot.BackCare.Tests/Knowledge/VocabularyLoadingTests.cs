namespace BackCareBot.BackCare.Tests.Knowledge;

public sealed class VocabularyLoadingTests
{
    [Fact]
    public void MissingVocabulary_IsReported()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Delete("vocabulary.yaml");

        var problems = folder.Problems();

        Assert.Contains($"{folder.PathOf("vocabulary.yaml")}: is missing: the matcher needs the shared vocabulary", problems);
    }

    [Fact]
    public void WordSharedByTwoConceptsAfterStemming_IsReported()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Replace("vocabulary.yaml", "words: [ergonomic, ergonomics,", "words: [seat, ergonomic, ergonomics,");

        var problems = folder.Problems();

        Assert.Contains(
            $"{folder.PathOf("vocabulary.yaml")}: concept 'ergonomics': word 'seat' reads the same as a word of concept 'sitting' (stems 'seat')",
            problems);
    }

    [Fact]
    public void RuledOutPositionThatIsNoPosition_IsReported()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Replace("vocabulary.yaml", "    rules_out: [kneeling]\n", "    rules_out: [crawling]\n");

        var problems = folder.Problems();

        Assert.Contains(
            $"{folder.PathOf("vocabulary.yaml")}: concept 'kneeling-declined': 'rules_out' names 'crawling', which is not one of kneeling, floor, lying, standing",
            problems);
    }

    [Fact]
    public void OrdinaryWordThatIsAConceptWord_IsReported()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Replace("vocabulary.yaml", "ordinary_words: [\n", "ordinary_words: [\n  hamstrings,\n");

        var problems = folder.Problems();

        Assert.Contains(
            $"{folder.PathOf("vocabulary.yaml")}: ordinary_words: 'hamstrings' reads the same as a word of concept 'hamstrings'; remove one of them",
            problems);
    }

    [Fact]
    public void WordInBothOrdinaryWordsAndNotTypos_IsReported()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Replace("vocabulary.yaml", "not_typos: [\n", "not_typos: [\n  hope,\n");

        var problems = folder.Problems();

        Assert.Equal([$"{folder.PathOf("vocabulary.yaml")}: ordinary_words: 'hope' is listed twice (in ordinary_words or not_typos)"], problems);
    }

    [Fact]
    public void UnusedSpecificConcept_IsReported()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("vocabulary.yaml", folder.Read("vocabulary.yaml") + "\n  calves:\n    role: specific\n    words: [calf, calves]\n");

        var problems = folder.Problems();

        Assert.Equal([$"{folder.PathOf("vocabulary.yaml")}: concept 'calves': is specific but no entry's 'vocabulary' uses it"], problems);
    }

    [Fact]
    public void ConceptWithoutWords_IsReported()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("vocabulary.yaml", folder.Read("vocabulary.yaml") + "\n  calves:\n    role: general\n    words: []\n");

        var problems = folder.Problems();

        Assert.Contains($"{folder.PathOf("vocabulary.yaml")}: concept 'calves': 'words' must not be empty", problems);
    }

    [Fact]
    public void PhraseOfFillersOnly_IsReported()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Replace("vocabulary.yaml", "words: [back, backs,", "words: [back, backs, of my,");

        var problems = folder.Problems();

        Assert.Contains($"{folder.PathOf("vocabulary.yaml")}: concept 'back': word 'of my' has nothing left once fillers are skipped", problems);
    }

    [Fact]
    public void BadConceptName_IsReported()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("vocabulary.yaml", folder.Read("vocabulary.yaml") + "\n  Calves Muscles:\n    role: general\n    words: [calf]\n");

        var problems = folder.Problems();

        Assert.Contains(
            $"{folder.PathOf("vocabulary.yaml")}: concept 'Calves Muscles': a concept name must be lower-case words joined by '-', like 'hip-flexors'",
            problems);
    }
}
