namespace BackCareBot.BotFramework.Schema;

/// <summary>Values of <c>activity.textFormat</c>; <c>plain</c> when absent.</summary>
public static class TextFormatTypes
{
    public const string Markdown = "markdown";
    public const string Plain = "plain";
    public const string Xml = "xml";
}
