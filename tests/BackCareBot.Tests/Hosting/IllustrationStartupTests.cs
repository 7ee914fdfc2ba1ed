using BackCareBot.BackCare.Illustrations;
using BackCareBot.Tests.Support;

namespace BackCareBot.Tests.Hosting;

/// <summary>A broken illustration stops the bot before it takes a request, naming the file and the problem.</summary>
public sealed class IllustrationStartupTests : IDisposable
{
    private readonly string _dialogs = Path.Combine(Path.GetTempPath(), "backcare-dialogs-" + Guid.NewGuid().ToString("N"));

    public IllustrationStartupTests() => CopyFolder(Path.Combine(TestRepository.Root, "dialogs"), _dialogs);

    [Fact]
    public async Task AnEntryWithoutAltText_StopsTheHostNamingTheFileAndTheEntry()
    {
        var catalog = Path.Combine(_dialogs, "illustrations", IllustrationLoader.CatalogFileName);
        var text = await File.ReadAllTextAsync(catalog);
        await File.WriteAllTextAsync(catalog, text.Replace("foam-roller:\n  file: foam-roller.svg\n  alt: >-", "foam-roller:\n  file: foam-roller.svg\n  notes: >-", StringComparison.Ordinal));
        await using var factory = new BackCareHostFactory(new Dictionary<string, string?> { ["BackCare:DialogsPath"] = _dialogs });

        var failure = Record.Exception(factory.StartServer);

        Assert.NotNull(failure);
        var problem = FindProblems(failure);
        Assert.Contains($"{catalog}: entry 'foam-roller': has no 'alt' text: describe the position for people who cannot see the picture", problem.Problems);
    }

    [Fact]
    public async Task AMissingDrawing_StopsTheHostNamingTheFile()
    {
        var drawing = Path.Combine(_dialogs, "illustrations", "yoga-poses.svg");
        File.Delete(drawing);
        await using var factory = new BackCareHostFactory(new Dictionary<string, string?> { ["BackCare:DialogsPath"] = _dialogs });

        var failure = Record.Exception(factory.StartServer);

        Assert.NotNull(failure);
        Assert.Contains($"{drawing}: entry 'yoga-poses': is missing: draw it, or remove the entry", FindProblems(failure).Problems);
    }

    public void Dispose() => Directory.Delete(_dialogs, recursive: true);

    private static IllustrationException FindProblems(Exception failure)
    {
        for (Exception? current = failure; current is not null; current = current.InnerException)
        {
            if (current is IllustrationException illustrations)
            {
                return illustrations;
            }

            if (current is AggregateException aggregate && aggregate.InnerExceptions.Count == 1)
            {
                current = aggregate.InnerExceptions[0];
                if (current is IllustrationException inner)
                {
                    return inner;
                }
            }
        }

        throw new Xunit.Sdk.XunitException($"The host did not fail with the illustrations' problems: {failure}");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.EnumerateDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
