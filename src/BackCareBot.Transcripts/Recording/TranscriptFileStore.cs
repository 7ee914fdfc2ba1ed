using System.Text;
using System.Text.Json;
using BackCareBot.BotFramework.IO;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Recording;

/// <summary>
/// Appends activities to <c>.transcript</c> files the way the SDK's file transcript logger does: the first write
/// creates <c>[activity]</c>, later ones overwrite the closing <c>]</c> with <c>,activity]</c>, so the file is a valid
/// JSON array after every turn. Writes to one file are serialised in this process and the file is opened exclusively,
/// so another process appending at the same moment waits instead of interleaving.
/// </summary>
public sealed class TranscriptFileStore(string folder)
{
    private const int Stripes = 64;
    private const int MaxOpenAttempts = 5;
    private static readonly TimeSpan OpenRetryDelay = TimeSpan.FromMilliseconds(20);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    // A bounded set of locks, shared by conversations whose paths hash alike, so memory does not grow with conversations.
    private readonly SemaphoreSlim[] _locks = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    public string Folder { get; } = Path.GetFullPath(folder);

    /// <exception cref="IOException">The file cannot be written, or is not a JSON array this store can append to.</exception>
    public async Task AppendAsync(string? channelId, string? conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return;
        }

        var path = TranscriptFileNames.PathFor(Folder, channelId, conversationId);
        var gate = Gate(path);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            OwnerOnlyFiles.CreateFolder(Path.GetDirectoryName(path)!);
            await using var file = await OpenExclusiveAsync(path, cancellationToken).ConfigureAwait(false);
            await AppendAsync(file, activities, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Deletes the conversation's recording, if there is one.</summary>
    public async Task DeleteAsync(string? channelId, string? conversationId, CancellationToken cancellationToken)
    {
        var path = TranscriptFileNames.PathFor(Folder, channelId, conversationId);
        var gate = Gate(path);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // File.Delete ignores a missing file but not a missing folder.
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private static async Task AppendAsync(FileStream file, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        var items = string.Join(",\n", activities.Select(activity => JsonSerializer.Serialize(activity, TranscriptJson.Indented)));
        string text;
        if (file.Length == 0)
        {
            text = "[\n" + items + "\n]";
        }
        else
        {
            var (closing, isEmpty) = FindClosingBracket(file);
            file.Position = closing;
            text = (isEmpty ? "\n" : ",\n") + items + "\n]";
        }

        var bytes = Utf8.GetBytes(text);
        await file.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        file.SetLength(file.Position);
        await file.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Where the array's closing bracket is, and whether the array has no element yet.</summary>
    private SemaphoreSlim Gate(string path) => _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(path) % Stripes)];

    private static (long Position, bool IsEmpty) FindClosingBracket(FileStream file)
    {
        var position = LastNonWhitespace(file, file.Length - 1);
        if (position < 0 || ReadByte(file, position) != ']')
        {
            throw new IOException("The transcript file does not end with a JSON array; it is left as it is.");
        }

        var before = LastNonWhitespace(file, position - 1);
        return (position, before >= 0 && ReadByte(file, before) == '[');
    }

    private static long LastNonWhitespace(FileStream file, long from)
    {
        for (var position = from; position >= 0; position--)
        {
            if (ReadByte(file, position) is not (' ' or '\n' or '\r' or '\t'))
            {
                return position;
            }
        }

        return -1;
    }

    private static int ReadByte(FileStream file, long position)
    {
        file.Position = position;
        return file.ReadByte();
    }

    private static async Task<FileStream> OpenExclusiveAsync(string path, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // Created owner-only: the file holds what people wrote about their health.
                return new FileStream(path, OwnerOnlyFiles.OpenOrCreate(FileShare.None));
            }
            catch (IOException) when (attempt < MaxOpenAttempts && File.Exists(path))
            {
                // Another process is appending to the same conversation; it holds the file for milliseconds.
                await Task.Delay(OpenRetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
