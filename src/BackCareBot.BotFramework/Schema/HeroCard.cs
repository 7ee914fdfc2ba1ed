using System.Text.Json;

namespace BackCareBot.BotFramework.Schema;

/// <summary>A card with a large image, title, text and buttons (<see cref="ContentTypes.HeroCard"/>).</summary>
public sealed class HeroCard
{
    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    public string? Text { get; set; }

    public IList<CardImage>? Images { get; set; }

    public IList<CardAction>? Buttons { get; set; }

    public CardAction? Tap { get; set; }

    public Attachment ToAttachment() => new()
    {
        ContentType = ContentTypes.HeroCard,
        Content = JsonSerializer.SerializeToElement(this, BotJson.TypeInfo<HeroCard>()),
    };
}
