namespace BackCareBot.BotFramework.Schema;

public sealed class MessageReaction
{
    /// <summary><c>like</c>, <c>plusOne</c>; Teams adds <c>heart</c>, <c>laugh</c>, <c>surprised</c>, <c>sad</c>, <c>angry</c>.</summary>
    public string? Type { get; set; }
}
