using BackCareBot.Evaluation;
using BackCareBot.Transcripts.Reading;
using BackCareBot.Transcripts.Replay;

namespace BackCareBot.Transcripts;

/// <summary>
/// <c>BackCareBot.Tools replay [files or folders...]</c>: replays transcripts (default: every one under the checkout's
/// <c>dialogs/</c>) against a fresh bot each, prints each conversation with the bot's lines marked, and exits 0 when
/// all match, 1 on a difference, 2 when a file cannot be read.
/// </summary>
internal static class ReplayCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Any(arg => arg is "-h" or "--help"))
        {
            await Console.Out.WriteLineAsync("usage: BackCareBot.Tools replay [file.transcript | file.chat | folder ...]  (default: dialogs/)").ConfigureAwait(false);
            return TranscriptReplayRun.Passed;
        }

        var root = RepositoryRoot.FindFromHere();
        var dialogs = Path.Combine(root ?? AppContext.BaseDirectory, "dialogs");
        IReadOnlyList<string> paths = args.Length > 0 ? [.. args.Select(arg => RepositoryRoot.ResolveArgument(arg, root))] : [dialogs];
        if (root is not null)
        {
            // Paths print relative to the checkout, the way they are written in reviews and CI logs.
            Environment.CurrentDirectory = root;
        }

        return await TranscriptReplayRun.RunAsync(
            [.. TranscriptFiles.Expand(paths).Select(path => root is null ? path : Path.GetRelativePath(root, path))],
            () => ReplayedBot.Create(dialogs),
            ReplayedBot.Options,
            Console.Out,
            Console.Error,
            CancellationToken.None).ConfigureAwait(false);
    }
}
