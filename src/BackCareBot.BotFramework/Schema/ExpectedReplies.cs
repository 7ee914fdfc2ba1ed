namespace BackCareBot.BotFramework.Schema;

/// <summary>The HTTP response body for a request sent with <c>deliveryMode: "expectReplies"</c>.</summary>
public sealed class ExpectedReplies
{
    public IList<Activity> Activities { get; set; } = [];
}
