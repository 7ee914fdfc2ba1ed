namespace BackCareBot.BotFramework.Schema;

public sealed class CardImage
{
    public string? Url { get; set; }

    public string? Alt { get; set; }

    public CardAction? Tap { get; set; }
}
