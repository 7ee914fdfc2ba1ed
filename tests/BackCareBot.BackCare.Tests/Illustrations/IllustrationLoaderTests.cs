using BackCareBot.BackCare.Illustrations;
using BackCareBot.BackCare.Knowledge;
using BackCareBot.BackCare.Tests.Knowledge;

namespace BackCareBot.BackCare.Tests.Illustrations;

public sealed class IllustrationLoaderTests
{
    private const string Catalog = IllustrationLoader.CatalogFileName;

    [Fact]
    public void TheRepositoryFolder_LoadsWithAPictureAndAltTextForEveryExerciseAndSetup()
    {
        var catalog = IllustrationLoader.Load(RepositoryFolders.Illustrations);

        var withPosition = RealKnowledge.Base.Entries.Where(entry => entry.Kind is AdviceKind.Exercise or AdviceKind.Setup).Select(entry => entry.Id);
        Assert.Equal(withPosition.Order(StringComparer.Ordinal), catalog.All.Select(illustration => illustration.AdviceId).Order(StringComparer.Ordinal));
        Assert.All(catalog.All, illustration =>
        {
            Assert.True(File.Exists(illustration.SvgPath), illustration.SvgPath);
            Assert.Equal(illustration.AdviceId + ".svg", Path.GetFileName(illustration.SvgPath));
            Assert.EndsWith(".", illustration.AltText, StringComparison.Ordinal);
        });
        Assert.Null(catalog.Find(AdviceIds.WhySittingHurts));
    }

    [Fact]
    public void AMissingDrawing_IsReportedWithItsFileAndEntry()
    {
        using var folder = new TempIllustrationFolder();
        folder.Delete("dead-bug.svg");

        var problem = Assert.Single(folder.Problems());

        Assert.Equal($"{folder.PathOf("dead-bug.svg")}: entry 'dead-bug': is missing: draw it, or remove the entry", problem);
    }

    [Fact]
    public void AnEntryWithoutAltText_IsReported()
    {
        using var folder = new TempIllustrationFolder();
        folder.Replace(Catalog, "dead-bug:\n  file: dead-bug.svg\n  alt: >-", "dead-bug:\n  file: dead-bug.svg\n  note: >-");

        var problems = folder.Problems();

        Assert.Contains($"{folder.PathOf(Catalog)}: entry 'dead-bug': has no 'alt' text: describe the position for people who cannot see the picture", problems);
        Assert.Contains(problems, problem => problem.Contains("entry 'dead-bug': has an unknown key 'note'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("hamstring-stretch:\n  file: hamstring-stretch.svg", "hamstring-stretch:\n  file: ../knowledge/hamstring-stretch.yaml", "must be 'hamstring-stretch.svg', named after the advice id")]
    [InlineData("hamstring-stretch:\n  file: hamstring-stretch.svg", "hamstring-stretch:\n  file: ''", "has no 'file'")]
    [InlineData("hamstring-stretch:", "hamstring-streching:", "entry 'hamstring-streching': is not an advice id")]
    public void ABadFileOrId_IsReported(string find, string replacement, string expected)
    {
        using var folder = new TempIllustrationFolder();
        folder.Replace(Catalog, find, replacement);

        Assert.Contains(folder.Problems(), problem => problem.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<rect width=\"400\" height=\"300\" fill=\"#ffffff\"/>", "<script>alert(1)</script>", "<script> is not allowed")]
    [InlineData("<rect width=\"400\" height=\"300\" fill=\"#ffffff\"/>", "<rect width=\"400\" height=\"300\" fill=\"#ffffff\" onload=\"alert(1)\"/>", "attribute 'onload'")]
    [InlineData("<rect width=\"400\" height=\"300\" fill=\"#ffffff\"/>", "<image href=\"https://example.org/x.png\"/>", "<image> is not allowed")]
    [InlineData("<rect width=\"400\" height=\"300\" fill=\"#ffffff\"/>", "<rect width=\"400\" height=\"300\" fill=\"url(https://example.org/#p)\"/>", "attribute 'fill'")]
    [InlineData("viewBox=\"0 0 400 300\"", "viewBox=\"0 0 0 300\"", "needs a viewBox")]
    [InlineData("</svg>", "", "is not well-formed SVG")]
    public void AnUnsafeOrBrokenDrawing_IsRefused(string find, string replacement, string expected)
    {
        using var folder = new TempIllustrationFolder();
        folder.Replace("dead-bug.svg", find, replacement);

        var problem = Assert.Single(folder.Problems());

        Assert.StartsWith($"{folder.PathOf("dead-bug.svg")}: entry 'dead-bug': ", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ADrawingNotInTheCatalog_IsReported()
    {
        using var folder = new TempIllustrationFolder();
        File.Copy(folder.PathOf("dead-bug.svg"), folder.PathOf("plank.svg"));

        var problem = Assert.Single(folder.Problems());

        Assert.Equal($"{folder.PathOf("plank.svg")}: is not listed in {Catalog}: add an entry with its alt text, or remove the drawing", problem);
    }

    [Fact]
    public void AMissingCatalog_IsReported()
    {
        using var folder = new TempIllustrationFolder();
        folder.Delete(Catalog);

        Assert.Contains("is missing", Assert.Single(folder.Problems()), StringComparison.Ordinal);
    }

    [Fact]
    public void AdvicePictures_AreRootRelativeWithoutAPublicAddressAndAbsoluteWithOne()
    {
        var catalog = IllustrationLoader.Load(RepositoryFolders.Illustrations);

        var relative = new AdvicePictures(catalog, publicBaseUrl: null).Find(AdviceIds.HamstringStretch);
        var absolute = new AdvicePictures(catalog, new Uri("https://bot.example.org/backcare")).Find(AdviceIds.HamstringStretch);

        Assert.NotNull(relative);
        Assert.Equal("/illustrations/hamstring-stretch.png", relative.PngUrl.ToString());
        Assert.Equal("/illustrations/hamstring-stretch.svg", relative.SvgUrl.ToString());
        Assert.Equal(catalog.Find(AdviceIds.HamstringStretch)!.AltText, relative.AltText);
        Assert.NotNull(absolute);
        Assert.Equal("https://bot.example.org/backcare/illustrations/hamstring-stretch.png", absolute.PngUrl.AbsoluteUri);
        Assert.Null(new AdvicePictures(catalog, null).Find(AdviceIds.WhySittingHurts));
        Assert.Null(new AdvicePictures(catalog, null).Find("../../etc/passwd"));
    }
}
