using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Chatdown;

/// <summary>
/// <c>[ConversationUpdate=</c> newline <c>MembersAdded=a,b</c> newline <c>MembersRemoved=c]</c> (also <c>added=</c> and
/// <c>removed=</c>). Like chatdown's, the activity has no from or recipient; the replayer addresses it.
/// </summary>
internal static class ChatdownConversationUpdate
{
    public static Activity Read(ChatdownDocument document, ChatdownTag tag, (int, int) location)
    {
        // Chatdown stamps this activity twice, 100 ms each time.
        document.Clock.Advance(ChatdownClock.ShortGapMilliseconds);
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Timestamp = document.Clock.Advance(ChatdownClock.ShortGapMilliseconds),
            MembersAdded = [],
            MembersRemoved = [],
        };

        var lines = (tag.Value ?? string.Empty).Split('\n').Where(line => !string.IsNullOrWhiteSpace(line)).ToList();
        if (lines.Count == 0)
        {
            throw document.Problem(location, "[ConversationUpdate=...] needs MembersAdded=names or MembersRemoved=names");
        }

        foreach (var line in lines)
        {
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            var property = equals < 0 ? line.Trim() : line[..equals].Trim();
            var names = equals < 0 ? [] : line[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            switch (property.ToUpperInvariant())
            {
                case "MEMBERSADDED" or "ADDED":
                    foreach (var name in names)
                    {
                        update.MembersAdded.Add(ChatdownAccounts.Copy(document.Accounts.FindOrAddUser(name)));
                    }

                    break;
                case "MEMBERSREMOVED" or "REMOVED":
                    foreach (var name in names)
                    {
                        var member = document.Accounts.Find(name) ?? throw document.Problem(location, $"MembersRemoved names '{name}', who is not in the conversation");
                        update.MembersRemoved.Add(ChatdownAccounts.Copy(member));
                    }

                    break;
                default:
                    throw document.Problem(location, $"unknown ConversationUpdate property '{property}' (MembersAdded or MembersRemoved)");
            }
        }

        return update;
    }
}
