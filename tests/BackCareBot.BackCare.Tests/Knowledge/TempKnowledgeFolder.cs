using System.Text;
using BackCareBot.BackCare.Knowledge;

namespace BackCareBot.BackCare.Tests.Knowledge;

/// <summary>A private copy of the real knowledge folder that one test may break as it likes.</summary>
internal sealed class TempKnowledgeFolder : IDisposable
{
    public TempKnowledgeFolder()
    {
        Folder = Path.Combine(Path.GetTempPath(), "backcare-knowledge-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        foreach (var file in Directory.EnumerateFiles(RepositoryFolders.Knowledge))
        {
            File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        }
    }

    public string Folder { get; }

    public string PathOf(string file) => Path.Combine(Folder, file);

    public KnowledgeBase Load() => KnowledgeLoader.Load(Folder);

    /// <summary>Loads the folder and returns the problems it has; fails the test when it loads cleanly.</summary>
    public IReadOnlyList<string> Problems() => Assert.Throws<KnowledgeException>(Load).Problems;

    public void Write(string file, string text) => File.WriteAllText(PathOf(file), text);

    public string Read(string file) => File.ReadAllText(PathOf(file));

    public void Delete(string file) => File.Delete(PathOf(file));

    public void Replace(string file, string find, string replacement)
    {
        var text = Read(file);
        Assert.Contains(find, text, StringComparison.Ordinal);
        Write(file, text.Replace(find, replacement, StringComparison.Ordinal));
    }

    /// <summary>Replaces a top-level key and its indented block; an empty replacement removes the key.</summary>
    public void SetKey(string file, string key, string replacement)
    {
        var lines = Read(file).Split('\n');
        var output = new StringBuilder();
        var found = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith(key + ":", StringComparison.Ordinal))
            {
                output.Append(lines[i]).Append('\n');
                continue;
            }

            found = true;
            while (i + 1 < lines.Length && (lines[i + 1].StartsWith(' ') || lines[i + 1].Length == 0))
            {
                i++;
            }

            if (replacement.Length > 0)
            {
                output.Append(replacement).Append('\n');
            }
        }

        Assert.True(found, $"{file} has no key '{key}'");
        Write(file, output.ToString());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
