using BackCareBot.BotFramework.Schema;
using BotChannels = BackCareBot.BotFramework.Schema.Channels;

namespace BackCareBot.Conversation.Channels;

/// <summary>What a channel shows, so a reply is dressed for it.</summary>
internal static class ChannelCapabilities
{
    public static bool IsTeams(Activity activity) =>
        string.Equals(activity.ChannelId, BotChannels.MsTeams, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Teams and Web Chat render Adaptive Cards (Teams up to schema 1.5, Web Chat 4.18 to 1.6), and so do the
    /// Emulator and the Direct Line clients people use (Web Chat). Other channels get the plain text.
    /// </summary>
    public static bool ShowsAdaptiveCards(Activity activity) => activity.ChannelId?.ToLowerInvariant() switch
    {
        BotChannels.MsTeams or BotChannels.Webchat or BotChannels.DirectLine or BotChannels.Emulator => true,
        _ => false,
    };
}
