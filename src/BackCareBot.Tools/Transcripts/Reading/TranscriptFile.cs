using BackCareBot.Transcripts.Chatdown;

namespace BackCareBot.Transcripts.Reading;

/// <summary>Reads one transcript file, choosing the format by extension: <c>.chat</c> is chatdown, anything else JSON.</summary>
public static class TranscriptFile
{
    public const string TranscriptExtension = ".transcript";
    public const string ChatExtension = ".chat";

    /// <exception cref="TranscriptFormatException">The file is missing, unreadable or malformed.</exception>
    public static Transcript Read(string path, ChatdownOptions? chatdownOptions = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new TranscriptFormatException(path, 0, 0, $"cannot read the file ({exception.GetType().Name})", exception);
        }

        return IsChat(path)
            ? ChatdownReader.Read(bytes, path, (chatdownOptions ?? new ChatdownOptions()) with { BaseFolder = Path.GetDirectoryName(Path.GetFullPath(path)) })
            : TranscriptJsonReader.Read(bytes, path);
    }

    public static bool IsTranscriptFile(string path) =>
        IsChat(path) || path.EndsWith(TranscriptExtension, StringComparison.OrdinalIgnoreCase);

    private static bool IsChat(string path) => path.EndsWith(ChatExtension, StringComparison.OrdinalIgnoreCase);
}
