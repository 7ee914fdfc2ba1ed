namespace BackCareBot.BotFramework.Schema;

/// <summary>Values of <c>channelAccount.role</c>.</summary>
public static class RoleTypes
{
    public const string User = "user";
    public const string Bot = "bot";
    public const string Skill = "skill";
}
