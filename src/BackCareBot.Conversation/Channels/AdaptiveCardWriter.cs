using System.Text.Json;
using System.Text.Json.Nodes;
using BackCareBot.BackCare.Illustrations;
using BackCareBot.BotFramework.Schema;
using BackCareBot.Conversation.Replies;

namespace BackCareBot.Conversation.Channels;

/// <summary>
/// Writes a <see cref="ReplyCard"/> as an Adaptive Card of schema 1.5, the newest Teams renders for bots (Web Chat
/// 4.18 renders up to 1.6), using only what both show: TextBlock (with the 1.5 <c>heading</c> style, which screen
/// readers announce as a heading), Container, Image with alt text, Action.OpenUrl and Action.Submit.
/// </summary>
internal static class AdaptiveCardWriter
{
    public const string Version = "1.5";

    /// <param name="card">The card, its help-line placeholders already filled.</param>
    /// <param name="pictureUrl">The picture's URL for this channel, or null to leave it out.</param>
    /// <param name="plainText">The reply as text: the card's fallback and what is spoken.</param>
    /// <param name="actions">The buttons, in order (<see cref="OpenUrl"/>, <see cref="TeamsImBack"/>).</param>
    public static Attachment Write(ReplyCard card, Uri? pictureUrl, string plainText, IReadOnlyList<JsonObject> actions)
    {
        ArgumentNullException.ThrowIfNull(card);
        var body = new JsonArray { Heading(card) };
        if (card.Picture is { } picture && pictureUrl is not null)
        {
            body.Add(Image(picture, pictureUrl));
        }

        foreach (var paragraph in card.Paragraphs)
        {
            AddParagraph(body, paragraph);
        }

        var content = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["fallbackText"] = plainText,
            ["speak"] = Unmarked(plainText),
            ["body"] = body,
        };
        if (actions.Count > 0)
        {
            content["actions"] = new JsonArray([.. actions]);
        }

        return new Attachment
        {
            ContentType = ContentTypes.AdaptiveCard,
            Content = JsonSerializer.SerializeToElement(content, BotJson.TypeInfo<JsonObject>()),
        };
    }

    /// <summary>A button that opens a URL: a <c>tel:</c> link dials, a Teams deep link opens a chat.</summary>
    public static JsonObject OpenUrl(string title, Uri url) => new()
    {
        ["type"] = "Action.OpenUrl",
        ["title"] = title,
        ["url"] = url.OriginalString,
    };

    /// <summary>
    /// A button that sends its title back as the person's message, as a hero card's imBack does: Teams turns an
    /// Action.Submit with <c>msteams.type</c> imBack into a plain message, so the dialogs read a tap as typed.
    /// </summary>
    public static JsonObject TeamsImBack(string title) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = title } },
    };

    /// <summary>
    /// The heading: for an emergency or crisis in the attention colour, on the attention background, so the card
    /// stands out from every other reply.
    /// </summary>
    private static JsonObject Heading(ReplyCard card)
    {
        var heading = new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = card.Heading,
            ["wrap"] = true,
            ["style"] = "heading",
            ["size"] = card.IsAlert ? "Large" : "Medium",
            ["weight"] = "Bolder",
        };
        if (!card.IsAlert)
        {
            return heading;
        }

        heading["color"] = "Attention";
        return new JsonObject
        {
            ["type"] = "Container",
            ["style"] = "attention",
            ["bleed"] = true,
            ["items"] = new JsonArray { heading },
        };
    }

    private static JsonObject Image(AdvicePicture picture, Uri url) => new()
    {
        ["type"] = "Image",
        ["url"] = url.OriginalString,
        ["altText"] = picture.AltText,
        ["size"] = "Stretch",
    };

    /// <summary>
    /// One TextBlock per line: a numbered list kept in one block needs line breaks that hosts read differently
    /// (Teams wants <c>\r</c> in places), while a block per step renders the same everywhere.
    /// </summary>
    private static void AddParagraph(JsonArray body, string paragraph)
    {
        var lines = paragraph.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            body.Add(new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = lines[i],
                ["wrap"] = true,
                ["spacing"] = i == 0 ? "Medium" : "Small",
            });
        }
    }

    /// <summary>Speech has no bold: the markdown markers would be read out or ignored unevenly.</summary>
    private static string Unmarked(string text) => text.Replace("**", "", StringComparison.Ordinal);
}
