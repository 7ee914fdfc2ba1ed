using System.Text.Json;
using System.Text.Json.Nodes;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Chatdown;

/// <summary>
/// <c>[HeroCard</c> newline <c>title=...</c> newline <c>buttons=A|B]</c> and the other card commands: one
/// <c>property=value</c> per line, the properties chatdown knows, buttons as <c>imBack</c> actions.
/// </summary>
internal static class ChatdownCards
{
    private static readonly HashSet<string> TextProperties = new(StringComparer.Ordinal)
    {
        "title", "subtitle", "text", "aspect", "value", "connectioname",
    };

    private static readonly HashSet<string> FlagProperties = new(StringComparer.Ordinal) { "autostart", "sharable", "autoloop" };

    public static Attachment Read(ChatdownDocument document, string contentType, string properties, (int, int) location)
    {
        // Chatdown's cards always carry a buttons list, empty when none are given.
        var card = new JsonObject { ["buttons"] = new JsonArray() };
        foreach (var line in properties.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                throw document.Problem(location, "a card property is written property=value, one per line");
            }

            var property = line[..equals].Trim().ToLowerInvariant();
            var value = line[(equals + 1)..].Trim();
            Set(document, card, property, value, location);
        }

        return new Attachment { ContentType = contentType, Content = JsonSerializer.SerializeToElement(card, BotJson.Options) };
    }

    private static void Set(ChatdownDocument document, JsonObject card, string property, string value, (int, int) location)
    {
        if (TextProperties.Contains(property))
        {
            card[property] = value;
        }
        else if (FlagProperties.Contains(property))
        {
            card[property] = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
        }
        else if (property == "image")
        {
            // Not the card schema's images list, but what chatdown writes.
            card["image"] = new JsonObject { ["url"] = value };
        }
        else if (property is "images" or "media")
        {
            ListOf(card, property).Add(new JsonObject { ["url"] = value });
        }
        else if (property == "buttons")
        {
            var buttons = ListOf(card, "buttons");
            foreach (var label in value.Split('|'))
            {
                buttons.Add(new JsonObject { ["title"] = label.Trim(), ["type"] = ActionTypes.ImBack, ["value"] = label.Trim() });
            }
        }
        else
        {
            throw document.Problem(location, $"unknown card property '{property}'");
        }
    }

    private static JsonArray ListOf(JsonObject card, string property)
    {
        if (card[property] is JsonArray list)
        {
            return list;
        }

        var created = new JsonArray();
        card[property] = created;
        return created;
    }
}
