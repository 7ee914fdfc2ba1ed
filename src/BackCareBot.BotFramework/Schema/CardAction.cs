using System.Text.Json;

namespace BackCareBot.BotFramework.Schema;

/// <summary>A button or tap target. See <see cref="ActionTypes"/> for what each type makes the channel send back.</summary>
public sealed class CardAction
{
    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? Image { get; set; }

    public string? ImageAltText { get; set; }

    public string? Text { get; set; }

    public string? DisplayText { get; set; }

    public JsonElement? Value { get; set; }

    public JsonElement? ChannelData { get; set; }

    /// <summary>A button whose tap posts <paramref name="value"/> (or the title) as a visible user message.</summary>
    public static CardAction ImBack(string title, string? value = null) => new()
    {
        Type = ActionTypes.ImBack,
        Title = title,
        Value = JsonSerializer.SerializeToElement(value ?? title, BotJson.TypeInfo<string>()),
    };

    public static CardAction OpenUrl(string title, Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return new()
        {
            Type = ActionTypes.OpenUrl,
            Title = title,
            Value = JsonSerializer.SerializeToElement(url.AbsoluteUri, BotJson.TypeInfo<string>()),
        };
    }
}
