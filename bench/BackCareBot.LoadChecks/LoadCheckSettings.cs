using System.Globalization;

namespace BackCareBot.LoadChecks;

/// <summary>The command line: where the bot is (or that it should be started) and how hard to push it.</summary>
internal sealed record LoadCheckSettings(
    Uri? BotUrl,
    int Conversations,
    int MessagesPerConversation,
    TimeSpan ReplyTimeout,
    TimeSpan TotalTimeout,
    string? BuildArtifactsPath)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/BackCareBot.LoadChecks -- [options]
          --url <base url>          a bot already running on loopback (default: start one on a free port)
          --conversations <n>       concurrent Web Chat conversations (default 200)
          --messages <n>            messages per conversation, each waiting for its reply (default 20)
          --reply-timeout <s>       longest wait for one reply (default 30)
          --timeout <s>             the whole check stops after this (default 300)
          --artifacts-path <dir>    build output folder when the check starts the bot itself
        """;

    public static LoadCheckSettings Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        if (args.Length % 2 != 0 || values.Keys.Any(key => key is not ("--url" or "--conversations" or "--messages" or "--reply-timeout" or "--timeout" or "--artifacts-path")))
        {
            throw new ArgumentException(Usage);
        }

        var url = values.TryGetValue("--url", out var given) ? new Uri(given) : null;
        if (url is not null && !url.IsLoopback)
        {
            throw new ArgumentException("The load check only targets a bot on this machine (loopback).");
        }

        return new LoadCheckSettings(
            url,
            Number(values, "--conversations", 200),
            Number(values, "--messages", 20),
            TimeSpan.FromSeconds(Number(values, "--reply-timeout", 30)),
            TimeSpan.FromSeconds(Number(values, "--timeout", 300)),
            values.GetValueOrDefault("--artifacts-path"));
    }

    private static int Number(Dictionary<string, string> values, string key, int fallback) =>
        values.TryGetValue(key, out var text) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;
}
