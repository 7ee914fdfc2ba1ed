using System.Globalization;
using System.Text.Json;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Replay;

/// <summary>
/// Compares a bot activity of a transcript with the one the bot sent, on what a person or client sees and what the
/// bot decided: type, text, speak and summary (trimmed, line endings normalised), inputHint, suggested actions (type,
/// title, value), attachment layout and content types, the title, text and buttons of cards, whatever an Adaptive
/// Card's content carries in the transcript, and the configured entities. Only the fields the transcript's activity
/// carries are compared; ids, timestamps, addresses and channel data never. A reply sent as a card has no text: its
/// words are its <c>summary</c> (the Activity schema's text for channels without cards), and a transcript's
/// <c>text</c> is compared with them, so a conversation reads the same whether a reply came as words or as a card.
/// </summary>
public static class ActivityComparer
{
    private static readonly string[] CardTextProperties = ["title", "subtitle", "text"];

    /// <returns>The first difference, or null when the bot's activity matches.</returns>
    public static ActivityDifference? Compare(Activity expected, Activity actual, ReplayOptions options)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(options);
        return Field("type", expected.Type, actual.Type, StringComparison.OrdinalIgnoreCase)
            ?? Text("text", expected.Text, Words(actual))
            ?? Text("speak", expected.Speak, actual.Speak)
            ?? Text("summary", expected.Summary, actual.Summary)
            ?? Field("inputHint", expected.InputHint, actual.InputHint, StringComparison.OrdinalIgnoreCase)
            ?? Actions("suggestedActions", expected.SuggestedActions?.Actions, expected.SuggestedActions is null ? null : actual.SuggestedActions?.Actions ?? [])
            ?? Field("attachmentLayout", expected.AttachmentLayout, actual.AttachmentLayout, StringComparison.OrdinalIgnoreCase)
            ?? Attachments(expected.Attachments, actual.Attachments ?? [])
            ?? Entities(expected.Entities, actual.Entities ?? [], options);
    }

    /// <summary>What the activity says in words: its text, or a card's summary when it came as a card.</summary>
    public static string? Words(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.IsNullOrEmpty(activity.Text) && activity.Attachments is { Count: > 0 } ? activity.Summary : activity.Text;
    }

    public static string Normalize(string? text) =>
        (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Trim();

    private static ActivityDifference? Field(string name, string? expected, string? actual, StringComparison comparison) =>
        expected is null || string.Equals(expected, actual, comparison) ? null : new ActivityDifference(name, expected, actual ?? "(none)");

    private static ActivityDifference? Text(string name, string? expected, string? actual)
    {
        if (expected is null)
        {
            return null;
        }

        var (wanted, sent) = (Normalize(expected), Normalize(actual));
        return wanted == sent ? null : new ActivityDifference($"{name} ({Where(wanted, sent)})", wanted, sent);
    }

    /// <summary>Where two texts part, as a reader finds it in a long reply.</summary>
    private static string Where(string expected, string actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        var line = expected.AsSpan(0, at).Count('\n') + 1;
        var column = at - expected.LastIndexOf('\n', Math.Max(at - 1, 0));
        return $"line {line}, column {column}";
    }

    private static ActivityDifference? Actions(string name, IList<CardAction>? expected, IList<CardAction>? actual)
    {
        if (expected is null || actual is null)
        {
            return null;
        }

        if (expected.Count != actual.Count)
        {
            return new ActivityDifference(name, Describe(expected), Describe(actual));
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var difference = Field($"{name}[{i}].type", expected[i].Type, actual[i].Type, StringComparison.OrdinalIgnoreCase)
                ?? Field($"{name}[{i}].title", expected[i].Title, actual[i].Title, StringComparison.Ordinal)
                ?? Field($"{name}[{i}].value", ValueText(expected[i].Value), ValueText(actual[i].Value), StringComparison.Ordinal);
            if (difference is not null)
            {
                return difference;
            }
        }

        return null;
    }

    private static ActivityDifference? Attachments(IList<Attachment>? expected, IList<Attachment> actual)
    {
        if (expected is null)
        {
            return null;
        }

        if (expected.Count != actual.Count)
        {
            return new ActivityDifference("attachments", Describe(expected), Describe(actual));
        }

        for (var i = 0; i < expected.Count; i++)
        {
            var name = $"attachments[{i}].content";
            var difference = Field($"attachments[{i}].contentType", expected[i].ContentType, actual[i].ContentType, StringComparison.OrdinalIgnoreCase)
                ?? (IsAdaptiveCard(expected[i]) ? Contained(name, expected[i].Content, actual[i].Content) : Card(name, expected[i].Content, actual[i].Content));
            if (difference is not null)
            {
                return difference;
            }
        }

        return null;
    }

    /// <summary>A card's visible text and buttons; an empty buttons list (chatdown always writes one) is not compared.</summary>
    private static ActivityDifference? Card(string name, JsonElement? expected, JsonElement? actual)
    {
        if (expected is not { ValueKind: JsonValueKind.Object } card)
        {
            return null;
        }

        foreach (var property in CardTextProperties)
        {
            if (card.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
                && Text($"{name}.{property}", value.GetString(), StringProperty(actual, property)) is { } difference)
            {
                return difference;
            }
        }

        if (card.TryGetProperty("buttons", out var buttons) && buttons.ValueKind == JsonValueKind.Array && buttons.GetArrayLength() > 0)
        {
            return Actions($"{name}.buttons", ReadActions(buttons), ReadActions(ArrayProperty(actual, "buttons")));
        }

        return null;
    }

    private static bool IsAdaptiveCard(Attachment attachment) =>
        string.Equals(attachment.ContentType, ContentTypes.AdaptiveCard, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// An Adaptive Card has no fixed title or buttons, so what the transcript writes of it is what is compared: each of
    /// its properties must be in the bot's card with the same value, and each array as long, item by item.
    /// </summary>
    private static ActivityDifference? Contained(string name, JsonElement? expected, JsonElement? actual)
    {
        if (expected is not { } wanted)
        {
            return null;
        }

        if (actual is not { } sent || sent.ValueKind != wanted.ValueKind)
        {
            return new ActivityDifference(name, wanted.GetRawText(), actual?.GetRawText() ?? "(none)");
        }

        switch (wanted.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in wanted.EnumerateObject())
                {
                    var other = sent.TryGetProperty(property.Name, out var value) ? value : (JsonElement?)null;
                    if (Contained($"{name}.{property.Name}", property.Value, other) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.Array:
                if (wanted.GetArrayLength() != sent.GetArrayLength())
                {
                    return new ActivityDifference($"{name} (items)", wanted.GetArrayLength().ToString(CultureInfo.InvariantCulture), sent.GetArrayLength().ToString(CultureInfo.InvariantCulture));
                }

                for (var i = 0; i < wanted.GetArrayLength(); i++)
                {
                    if (Contained($"{name}[{i}]", wanted[i], sent[i]) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case JsonValueKind.String:
                return Text(name, wanted.GetString(), sent.GetString());
            default:
                return wanted.GetRawText() == sent.GetRawText() ? null : new ActivityDifference(name, wanted.GetRawText(), sent.GetRawText());
        }
    }

    private static ActivityDifference? Entities(IList<Entity>? expected, IList<Entity> actual, ReplayOptions options)
    {
        if (expected is null)
        {
            return null;
        }

        foreach (var rule in options.Entities)
        {
            if (expected.FirstOrDefault(entity => entity.IsType(rule.Type)) is not { } wanted)
            {
                continue;
            }

            if (actual.FirstOrDefault(entity => entity.IsType(rule.Type)) is not { } sent)
            {
                return new ActivityDifference(rule.Type, "present", "(none)");
            }

            foreach (var property in rule.Properties)
            {
                if (wanted.TryGetProperty(property, out var value)
                    && EntityValue($"{rule.Type}.{property}", value.Value, sent.TryGetProperty(property, out var other) ? other : null, options) is { } difference)
                {
                    return difference;
                }
            }
        }

        return null;
    }

    private static ActivityDifference? EntityValue(string name, JsonElement expected, JsonElement? actual, ReplayOptions options)
    {
        var matches = (expected.ValueKind, actual?.ValueKind) switch
        {
            (JsonValueKind.Number, JsonValueKind.Number) =>
                Math.Abs(expected.GetDouble() - actual!.Value.GetDouble()) <= options.NumberTolerance,
            (JsonValueKind.Array, JsonValueKind.Array) =>
                AsSet(expected).SetEquals(AsSet(actual!.Value)),
            _ => ValueText(expected) == ValueText(actual),
        };
        return matches ? null : new ActivityDifference(name, ValueText(expected), ValueText(actual));
    }

    private static HashSet<string> AsSet(JsonElement array) =>
        array.EnumerateArray().Select(item => ValueText(item)).ToHashSet(StringComparer.Ordinal);

    private static string ValueText(JsonElement? value) => value switch
    {
        null or { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null } => "(none)",
        { ValueKind: JsonValueKind.String } text => text.GetString()!,
        { ValueKind: JsonValueKind.Number } number => number.GetDouble().ToString(CultureInfo.InvariantCulture),
        { } other => other.GetRawText(),
    };

    private static string? StringProperty(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } card && card.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static JsonElement? ArrayProperty(JsonElement? element, string property) =>
        element is { ValueKind: JsonValueKind.Object } card && card.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value
            : null;

    private static List<CardAction> ReadActions(JsonElement? array) =>
        array is { } actions ? actions.Deserialize(BotJson.TypeInfo<IList<CardAction>>())?.ToList() ?? [] : [];

    internal static string Describe(IEnumerable<CardAction> actions) =>
        string.Join(" | ", actions.Select(action => $"{action.Type} \"{action.Title ?? ValueText(action.Value)}\""));

    internal static string Describe(IEnumerable<Attachment> attachments) =>
        string.Join(", ", attachments.Select(Describe));

    private static string Describe(Attachment attachment)
    {
        var contentType = attachment.ContentType ?? "(no content type)";
        if (IsAdaptiveCard(attachment) && attachment.Content is { ValueKind: JsonValueKind.Object } card)
        {
            return $"{contentType}{AdaptiveCardDescription(card)}";
        }

        var buttons = ReadActions(ArrayProperty(attachment.Content, "buttons"));
        return buttons.Count == 0 ? contentType : $"{contentType} with buttons {Describe(buttons)}";
    }

    /// <summary>An Adaptive Card in one line: its pictures and its buttons, where they lead.</summary>
    private static string AdaptiveCardDescription(JsonElement card)
    {
        var parts = new List<string>();
        var images = Descendants(card).Where(element => Type(element) == "Image").Select(image => StringOf(image, "url")).ToList();
        if (images.Count > 0)
        {
            parts.Add("picture " + string.Join(", ", images));
        }

        if (card.TryGetProperty("actions", out var actions) && actions.ValueKind == JsonValueKind.Array && actions.GetArrayLength() > 0)
        {
            parts.Add("buttons " + string.Join(" | ", actions.EnumerateArray().Select(action =>
                $"\"{StringOf(action, "title")}\"" + (StringOf(action, "url") is { Length: > 0 } url ? $" ({url})" : ""))));
        }

        return parts.Count == 0 ? "" : " with " + string.Join(", ", parts);
    }

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(property => property.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Descendants))
        {
            yield return descendant;
        }
    }

    private static string? Type(JsonElement element) => StringOf(element, "type");

    private static string? StringOf(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
