namespace BackCareBot.Conversation.Tests.Support;

/// <summary>A SQLite file path in a folder of its own, deleted with the folder.</summary>
internal sealed class TemporaryDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("backcare-state-").FullName;

    public string Path => System.IO.Path.Combine(_folder, "state.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
