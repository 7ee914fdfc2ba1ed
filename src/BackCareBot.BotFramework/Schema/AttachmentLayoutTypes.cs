namespace BackCareBot.BotFramework.Schema;

/// <summary>Values of <c>activity.attachmentLayout</c>; <c>list</c> when absent.</summary>
public static class AttachmentLayoutTypes
{
    public const string List = "list";
    public const string Carousel = "carousel";
}
