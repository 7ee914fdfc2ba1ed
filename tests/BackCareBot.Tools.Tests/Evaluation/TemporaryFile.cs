namespace BackCareBot.Tools.Tests.Evaluation;

/// <summary>A file with the given lines that is deleted when the test ends.</summary>
internal sealed class TemporaryFile : IDisposable
{
    public TemporaryFile(params string[] lines)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"backcare-eval-{Guid.NewGuid():N}.jsonl");
        File.WriteAllLines(Path, lines);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
