using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using BackCareBot.BackCare.Illustrations;
using BackCareBot.BotFramework.Schema;
using BackCareBot.Conversation.Replies;

namespace BackCareBot.Conversation.Channels;

/// <summary>
/// Writes a <see cref="ReplyCard"/> as an Adaptive Card of schema 1.5, the newest Teams renders for bots (Web Chat
/// 4.18 renders up to 1.6), using only what both show: TextBlock (with the 1.5 <c>heading</c> style, which screen
/// readers announce as a heading), Container, Image with alt text, Action.OpenUrl and Action.Submit.
/// </summary>
internal static partial class AdaptiveCardWriter
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
    /// <param name="primary">The card's main action (a call for help): styled <c>positive</c> where the host shows styles; Teams ignores it.</param>
    public static JsonObject OpenUrl(string title, Uri url, bool primary = false)
    {
        var action = new JsonObject
        {
            ["type"] = "Action.OpenUrl",
            ["title"] = title,
            ["url"] = url.OriginalString,
        };
        if (primary)
        {
            action["style"] = "positive";
        }

        return action;
    }

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
    /// The heading, announced as one by screen readers (the 1.5 <c>heading</c> style). An emergency or crisis heading
    /// is larger and in the attention colour, on the card's own background: each host picks an attention colour that
    /// reads on it (Web Chat #D13438 on white, 5:1), whereas the attention container's tinted background under
    /// attention-coloured text falls below 4.5:1 in Web Chat (#CC3300 on #FFC5B2, 3.4:1).
    /// </summary>
    private static JsonObject Heading(ReplyCard card)
    {
        var heading = new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = card.Heading,
            ["wrap"] = true,
            ["style"] = "heading",
            // The first warning is large; a one-paragraph reminder after it ("As I said, please call...") less so.
            ["size"] = card.IsAlert && card.Paragraphs.Count > 0 ? "Large" : "Medium",
            ["weight"] = "Bolder",
        };
        if (card.IsAlert)
        {
            heading["color"] = "Attention";
        }

        return heading;
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
    /// (Teams wants <c>\r</c> in places), while a block per step renders the same everywhere. A step keeps its own
    /// number: followed by a space, "2." would start a new markdown list in its block, and every step would read "1.".
    /// </summary>
    private static void AddParagraph(JsonArray body, string paragraph)
    {
        var lines = paragraph.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var i = 0; i < lines.Length; i++)
        {
            body.Add(new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = StepNumber().Replace(lines[i], "$1\u00A0"),
                ["wrap"] = true,
                ["spacing"] = i == 0 ? "Medium" : "Small",
            });
        }
    }

    /// <summary>A list number at the start of a line: a no-break space after it is not a list marker (CommonMark wants a space or tab).</summary>
    [GeneratedRegex("^([0-9]+[.)]) ")]
    private static partial Regex StepNumber();

    /// <summary>Speech has no bold: the markdown markers would be read out or ignored unevenly.</summary>
    private static string Unmarked(string text) => text.Replace("**", "", StringComparison.Ordinal);
}
