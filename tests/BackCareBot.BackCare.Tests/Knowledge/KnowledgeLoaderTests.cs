using BackCareBot.BackCare.Knowledge;

namespace BackCareBot.BackCare.Tests.Knowledge;

public sealed class KnowledgeLoaderTests
{
    /// <summary>A broken key of one advice file, and the problem the loader must report for it.</summary>
    public static TheoryData<string, string, string, string> BrokenKeys => new()
    {
        { "hamstring-stretch.yaml", "title", "", "'title' is missing" },
        { "hamstring-stretch.yaml", "answer", "", "'answer' is missing" },
        { "hamstring-stretch.yaml", "source", "", "'source' is missing" },
        { "hamstring-stretch.yaml", "phrasings", "", "'phrasings' is missing" },
        { "hamstring-stretch.yaml", "why", "", "'why' is missing" },
        { "hamstring-stretch.yaml", "hold", "", "'hold' is missing" },
        { "dead-bug.yaml", "steps", "steps: []", "'steps' must not be empty" },
        { "dead-bug.yaml", "phrasings", "phrasings: []", "'phrasings' must not be empty" },
        { "dead-bug.yaml", "steps", "steps: lie down", "'steps' must be a list" },
        { "dead-bug.yaml", "title", "title: ''", "'title' must not be empty" },
        { "dead-bug.yaml", "kind", "kind: stretch", "'kind' must be 'exercise', 'setup' or 'explanation', not 'stretch'" },
        { "dead-bug.yaml", "answer", "answer: Do the dead bug.", "'answer' must be 2 to 4 sentences, not 1" },
        {
            "hamstring-stretch.yaml", "source", "source:\n  section: Hamstring Stretch\n  expert: John Levya",
            "expert 'John Levya' has no 'credentials'; give them, or mark the advice as a 'reader_tip'"
        },
        {
            "foam-roller.yaml", "source", "source:\n  section: Reader comments\n  reader_tip: Victor\n  credentials: CPT",
            "'credentials' belong to an 'expert'; a reader tip or the article's text has none"
        },
        {
            "foam-roller.yaml", "source", "source:\n  section: Reader comments",
            "'source' must name exactly one of 'expert', 'reader_tip' (the reader's name) or 'author' (the article's own text)"
        },
        { "foam-roller.yaml", "source", "source:\n  reader_tip: Victor", "'source.section' is missing" },
        {
            "hamstring-stretch.yaml", "related", "related: [hip-flexor-stretch, cobra-pose]",
            "'related' names 'cobra-pose', which is not an advice id"
        },
        { "hamstring-stretch.yaml", "related", "related: [hamstring-stretch]", "'related' lists the entry itself" },
        {
            "hamstring-stretch.yaml", "vocabulary", "vocabulary:\n  hamstrings: 1.0\n  calves: 0.5",
            "'vocabulary' names unknown concept 'calves' (not in vocabulary.yaml)"
        },
        {
            "hamstring-stretch.yaml", "vocabulary", "vocabulary:\n  hamstrings: 2",
            "'vocabulary' weight of 'hamstrings' must be a number from 0.05 to 1"
        },
        {
            "dead-bug.yaml", "position", "position:\n  needs: [crawling]",
            "'position' names 'crawling', which is not one of kneeling, floor, lying, standing"
        },
        {
            "hip-flexor-stretch.yaml", "position", "position:\n  needs: [kneeling]\n  version_avoids: [kneeling]\n  version_shows: cobra-pose",
            "'position.version_shows' names 'cobra-pose', which is not an advice id"
        },
        { "dead-bug.yaml", "position", "position: floor", "'position' must be a mapping with 'needs' and, where the easier version avoids them, 'version_avoids'" },
        {
            "hamstring-stretch.yaml", "vocabulary", "vocabulary:\n  stretch: 1.0\n  legs: 0.3",
            "'vocabulary' needs a specific concept weighted 0.5 or more, or no question leads here"
        },
    };

    [Fact]
    public void CopyOfTheRealFolder_Loads()
    {
        using var folder = new TempKnowledgeFolder();

        var knowledge = folder.Load();

        Assert.Equal(AdviceIds.All, knowledge.AdviceIds);
    }

    [Theory]
    [MemberData(nameof(BrokenKeys))]
    public void BrokenKey_IsReportedWithFileEntryAndProblem(string file, string key, string replacement, string problem)
    {
        using var folder = new TempKnowledgeFolder();
        folder.SetKey(file, key, replacement);
        var entry = Path.GetFileNameWithoutExtension(file);

        var problems = folder.Problems();

        Assert.Contains($"{folder.PathOf(file)}: entry '{entry}': {problem}", problems);
    }

    [Fact]
    public void YamlSyntaxError_IsReportedWithFileAndPosition()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("dead-bug.yaml", "id: dead-bug\ntitle: \"unclosed\nkind: exercise\n");

        var problems = folder.Problems();

        Assert.Contains(problems, problem => problem.StartsWith(
            $"{folder.PathOf("dead-bug.yaml")}: entry 'dead-bug': YAML syntax error at line ", StringComparison.Ordinal));
    }

    [Fact]
    public void UnclosedBracket_IsReportedAsSyntaxError()
    {
        using var folder = new TempKnowledgeFolder();
        folder.SetKey("dead-bug.yaml", "related", "related: [hip-flexor-stretch, dead-bug");

        var problems = folder.Problems();

        Assert.Contains(problems, problem => problem.StartsWith(
            $"{folder.PathOf("dead-bug.yaml")}: entry 'dead-bug': YAML syntax error", StringComparison.Ordinal));
    }

    [Fact]
    public void DuplicateKey_IsReportedAsSyntaxError()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("dead-bug.yaml", folder.Read("dead-bug.yaml") + "title: Another title\n");

        var problems = folder.Problems();

        Assert.Contains(problems, problem =>
            problem.StartsWith($"{folder.PathOf("dead-bug.yaml")}: entry 'dead-bug': YAML syntax error", StringComparison.Ordinal)
            && problem.Contains("Duplicate key", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownKey_IsReported()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("dead-bug.yaml", folder.Read("dead-bug.yaml") + "stpes: [lie down]\n");

        var problems = folder.Problems();

        Assert.Contains(problems, problem => problem.StartsWith(
            $"{folder.PathOf("dead-bug.yaml")}: entry 'dead-bug': unknown key 'stpes'", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownAdviceId_IsReported()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("cobra-pose.yaml", folder.Read("hamstring-stretch.yaml").Replace(
            "id: hamstring-stretch", "id: cobra-pose", StringComparison.Ordinal));
        folder.SetKey("cobra-pose.yaml", "phrasings", "phrasings: [cobra pose]");

        var problems = folder.Problems();

        Assert.Contains(problems, problem => problem.StartsWith(
            $"{folder.PathOf("cobra-pose.yaml")}: entry 'cobra-pose': unknown advice id 'cobra-pose'", StringComparison.Ordinal));
    }

    [Fact]
    public void DuplicateId_IsReported()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("zz-dead-bug.yaml", folder.Read("dead-bug.yaml"));

        var problems = folder.Problems();

        Assert.Contains(
            $"{folder.PathOf("zz-dead-bug.yaml")}: entry 'dead-bug': duplicate id: 'dead-bug' is already used by {folder.PathOf("dead-bug.yaml")}",
            problems);
    }

    [Fact]
    public void FileNameNotMatchingId_IsReported()
    {
        using var folder = new TempKnowledgeFolder();
        File.Move(folder.PathOf("dead-bug.yaml"), folder.PathOf("deadbug.yaml"));

        var problems = folder.Problems();

        Assert.Equal(
            [$"{folder.PathOf("deadbug.yaml")}: entry 'dead-bug': the file name must match the id: name it 'dead-bug.yaml'"],
            problems);
    }

    [Fact]
    public void MissingDesignId_IsReportedOnTheFolder()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Delete("standing-desk.yaml");
        folder.Replace("vocabulary.yaml", "  standing-desk:\n    role: specific", "  standing-desk:\n    role: general");
        folder.Replace("vocabulary.yaml", "  standing:\n    role: specific", "  standing:\n    role: general");

        var problems = folder.Problems();

        Assert.Equal([$"{folder.Folder}: no entry for advice id 'standing-desk' (expected standing-desk.yaml)"], problems);
    }

    [Fact]
    public void DuplicatePhrasing_IsReportedOnTheLaterEntry()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Replace("yoga-poses.yaml", "phrasings:\n", "phrasings:\n  - How do I do a dead bug\n");

        var problems = folder.Problems();

        Assert.Contains(
            $"{folder.PathOf("yoga-poses.yaml")}: entry 'yoga-poses': phrasing 'How do I do a dead bug' is also listed under entry 'dead-bug'",
            problems);
    }

    [Fact]
    public void NonYamlFile_IsReported()
    {
        using var folder = new TempKnowledgeFolder();
        File.Move(folder.PathOf("dead-bug.yaml"), folder.PathOf("dead-bug.yml"));

        var problems = folder.Problems();

        Assert.Contains(problems, problem => problem.StartsWith($"{folder.PathOf("dead-bug.yml")}: is not a .yaml file", StringComparison.Ordinal));
    }

    [Fact]
    public void SeveralProblemsInSeveralFiles_AreAllReported()
    {
        using var folder = new TempKnowledgeFolder();
        folder.SetKey("dead-bug.yaml", "steps", "steps: []");
        folder.SetKey("dead-bug.yaml", "why", "");
        folder.SetKey("hamstring-stretch.yaml", "title", "");
        folder.Replace("vocabulary.yaml", "    role: general\n    means: the back in general", "    role: vague\n    means: the back in general");

        var exception = Assert.Throws<KnowledgeException>(folder.Load);

        Assert.Equal(
            [
                $"{folder.PathOf("vocabulary.yaml")}: concept 'back': 'role' must be 'specific' or 'general', not 'vague'",
                $"{folder.PathOf("dead-bug.yaml")}: entry 'dead-bug': 'steps' must not be empty",
                $"{folder.PathOf("dead-bug.yaml")}: entry 'dead-bug': 'why' is missing",
                $"{folder.PathOf("hamstring-stretch.yaml")}: entry 'hamstring-stretch': 'title' is missing",
            ],
            exception.Problems);
        Assert.All(exception.Problems, problem => Assert.Contains(problem, exception.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void MissingFolder_Throws()
    {
        var missing = Path.Combine(Path.GetTempPath(), "backcare-missing-" + Guid.NewGuid().ToString("N"));

        var exception = Assert.Throws<KnowledgeException>(() => KnowledgeLoader.Load(missing));

        Assert.Equal([$"{missing}: the knowledge folder does not exist"], exception.Problems);
    }
}
