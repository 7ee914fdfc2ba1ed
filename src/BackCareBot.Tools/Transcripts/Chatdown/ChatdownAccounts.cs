using System.Security.Cryptography;
using System.Text;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Chatdown;

/// <summary>
/// The participants of a chat: the bot and the users named in the header, looked up by name case-insensitively,
/// with the aliases <c>bot</c> and <c>user</c> (the user who spoke last, at first the first one listed).
/// </summary>
internal sealed class ChatdownAccounts
{
    private const string BotAlias = "bot";
    private const string UserAlias = "user";

    private readonly Dictionary<string, ChannelAccount> _byName = new(StringComparer.OrdinalIgnoreCase);

    public ChatdownAccounts(string botName, IReadOnlyList<string> userNames)
    {
        Bot = Create(botName, RoleTypes.Bot);
        _byName[botName] = Bot;
        foreach (var name in userNames)
        {
            _byName.TryAdd(name, Create(name, RoleTypes.User));
        }

        CurrentUser = _byName[userNames[0]];
    }

    public ChannelAccount Bot { get; }

    /// <summary>Whom the bot talks to unless a line says <c>bot-&gt;Name:</c>.</summary>
    public ChannelAccount CurrentUser { get; set; }

    public ChannelAccount? Find(string name) =>
        string.Equals(name, BotAlias, StringComparison.OrdinalIgnoreCase) ? Bot
        : string.Equals(name, UserAlias, StringComparison.OrdinalIgnoreCase) ? CurrentUser
        : _byName.GetValueOrDefault(name);

    /// <summary>A member a conversationUpdate adds who was not in the header becomes a user, as in chatdown.</summary>
    public ChannelAccount FindOrAddUser(string name)
    {
        if (Find(name) is { } known)
        {
            return known;
        }

        var account = Create(name, RoleTypes.User);
        _byName[name] = account;
        return account;
    }

    /// <summary>A copy to put on one activity, so changing one activity's account never changes another's.</summary>
    public static ChannelAccount Copy(ChannelAccount account) => new(account.Id, account.Name) { Role = account.Role };

    /// <summary>Chatdown's ids are base64 hashes of the names (and of the file, for the conversation).</summary>
    public static string HashId(string value) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    private static ChannelAccount Create(string name, string role) => new(HashId(name), name) { Role = role };
}
