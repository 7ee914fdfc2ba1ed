using BackCareBot.BackCare.Illustrations;
using BackCareBot.BackCare.Tests.Knowledge;

namespace BackCareBot.BackCare.Tests.Illustrations;

/// <summary>A private copy of the real illustrations folder that one test may break as it likes.</summary>
internal sealed class TempIllustrationFolder : IDisposable
{
    public TempIllustrationFolder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "backcare-illustrations-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.EnumerateFiles(RepositoryFolders.Illustrations))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }
    }

    public string Folder { get; }

    public string PathOf(string file) => Path.Combine(Folder, file);

    public IllustrationCatalog Load() => IllustrationLoader.Load(Folder);

    /// <summary>Loads the folder and returns the problems it has; fails the test when it loads cleanly.</summary>
    public IReadOnlyList<string> Problems() => Assert.Throws<IllustrationException>(Load).Problems;

    public void Write(string file, string text) => File.WriteAllText(PathOf(file), text);

    public void Delete(string file) => File.Delete(PathOf(file));

    public void Replace(string file, string find, string replacement)
    {
        var text = File.ReadAllText(PathOf(file));
        Assert.Contains(find, text, StringComparison.Ordinal);
        Write(file, text.Replace(find, replacement, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
