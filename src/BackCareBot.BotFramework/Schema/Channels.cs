namespace BackCareBot.BotFramework.Schema;

/// <summary>Well-known <c>activity.channelId</c> values; compare them ordinally.</summary>
public static class Channels
{
    public const string MsTeams = "msteams";
    public const string Webchat = "webchat";
    public const string DirectLine = "directline";
    public const string Emulator = "emulator";
    public const string Test = "test";
    public const string Slack = "slack";
    public const string Email = "email";
    public const string Telegram = "telegram";
    public const string Facebook = "facebook";
}
