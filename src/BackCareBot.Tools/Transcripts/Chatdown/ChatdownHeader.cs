using System.Text.RegularExpressions;

namespace BackCareBot.Transcripts.Chatdown;

/// <summary>
/// The header lines at the top of a <c>.chat</c> file: <c>user=</c> or <c>users=a,b</c>, <c>bot=</c> and
/// <c>channelId=</c>. Chatdown parses <c>channelId=</c> and ignores it (its activities all say <c>chatdown</c>); here
/// it sets the channel, which is how a chat file says it happens in Teams.
/// </summary>
internal sealed partial class ChatdownHeader
{
    public const string DefaultChannelId = "chatdown";

    public string BotName { get; private set; } = "bot";

    public IReadOnlyList<string> UserNames { get; private set; } = ["user"];

    public string ChannelId { get; private set; } = DefaultChannelId;

    /// <summary>Reads <paramref name="line"/> if it is a header line; false otherwise. Like chatdown's, the match is case-sensitive.</summary>
    public bool TryRead(string line, Func<string, TranscriptFormatException> problem)
    {
        if (!HeaderLine().IsMatch(line))
        {
            return false;
        }

        var parts = line.Trim().Split('=');
        if (parts.Length != 2)
        {
            throw problem("a header line is name=value, with one '='");
        }

        var value = parts[1].Trim();
        switch (parts[0])
        {
            case "user" or "users":
                var names = value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                UserNames = names.Length > 0 ? names : ["user"];
                break;
            case "bot" when value.Length > 0:
                BotName = value;
                break;
            case "channelId" when value.Length > 0:
                ChannelId = value;
                break;
        }

        return true;
    }

    [GeneratedRegex("^(bot|user|users|channelId)=", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();
}
