using System.Text;
using BackCareBot.BotFramework.Schema;
using BackCareBot.Transcripts;
using BackCareBot.Transcripts.Reading;
using BackCareBot.Transcripts.Recording;

namespace BackCareBot.Tools.Tests.Transcripts.Recording;

public sealed class TranscriptFileStoreTests
{
    [Fact]
    public async Task Appends_KeepTheFileAValidArrayInOrder()
    {
        using var folder = new TemporaryFolder();
        var store = new TranscriptFileStore(folder.Path);

        await store.AppendAsync("webchat", "c1", [Message("1"), Message("2")], CancellationToken.None);
        await store.AppendAsync("webchat", "c1", [Message("3")], CancellationToken.None);

        Assert.Equal(["1", "2", "3"], ReadBack(folder, "c1").Activities.Select(activity => activity.Text));
    }

    [Fact]
    public async Task ARecordingAndItsChannelFolder_AreCreatedOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TemporaryFolder();
        var store = new TranscriptFileStore(folder.Path);

        await store.AppendAsync("webchat", "c1", [Message("1")], CancellationToken.None);

        var file = TranscriptFileNames.PathFor(folder.Path, "webchat", "c1");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
    }

    [Fact]
    public async Task ConcurrentAppends_AllArriveWhole()
    {
        using var folder = new TemporaryFolder();
        var store = new TranscriptFileStore(folder.Path);

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() => store.AppendAsync("webchat", "c1", [Message($"{i}")], CancellationToken.None))));

        Assert.Equal(40, ReadBack(folder, "c1").Activities.Select(activity => activity.Text).Distinct().Count());
    }

    [Fact]
    public async Task EmptyArray_GetsItsFirstElementWithoutAComma()
    {
        using var folder = new TemporaryFolder();
        folder.Write("webchat/c1.transcript", "[ ]\n");

        await new TranscriptFileStore(folder.Path).AppendAsync("webchat", "c1", [Message("1")], CancellationToken.None);

        Assert.Equal(["1"], ReadBack(folder, "c1").Activities.Select(activity => activity.Text));
    }

    [Fact]
    public async Task FileThatIsNotAnArray_IsLeftAlone()
    {
        using var folder = new TemporaryFolder();
        var path = folder.Write("webchat/c1.transcript", "{\"transcript\": []}");

        await Assert.ThrowsAsync<IOException>(() => new TranscriptFileStore(folder.Path).AppendAsync("webchat", "c1", [Message("1")], CancellationToken.None));

        Assert.Equal("{\"transcript\": []}", File.ReadAllText(path));
    }

    [Fact]
    public async Task File_IsIndentedUtf8WithoutByteOrderMark()
    {
        using var folder = new TemporaryFolder();

        await new TranscriptFileStore(folder.Path).AppendAsync("webchat", "c1", [Message("Ça va? <at>Bot</at>")], CancellationToken.None);

        var bytes = File.ReadAllBytes(Path.Combine(folder.Path, "webchat", "c1.transcript"));
        var text = Encoding.UTF8.GetString(bytes);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Contains("\n  \"text\": \"Ça va? <at>Bot</at>\"", text, StringComparison.Ordinal);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static Transcript ReadBack(TemporaryFolder folder, string conversation) =>
        TranscriptFile.Read(Path.Combine(folder.Path, "webchat", conversation + ".transcript"));
}
