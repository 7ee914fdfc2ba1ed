using System.Text.Json;

namespace BackCareBot.LoadBenchmark;

/// <summary>
/// Whether an <c>expectReplies</c> response body answers the turn: <c>{"activities": [...]}</c> holding a message
/// that replies to the activity sent with words: its <c>text</c>, or, for a reply sent as a card, its <c>summary</c>
/// (the Activity schema's words for a card). A 200 with anything else is not a turn.
/// </summary>
internal static class ExpectedRepliesCheck
{
    public static bool Answers(ReadOnlySpan<byte> body, string activityId)
    {
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("activities", out var activities)
                || activities.ValueKind != JsonValueKind.Array)
            {
                return false;
            }

            foreach (var activity in activities.EnumerateArray())
            {
                if (activity.ValueKind == JsonValueKind.Object
                    && IsString(activity, "type", "message")
                    && IsString(activity, "replyToId", activityId)
                    && (HasWords(activity, "text") || HasWords(activity, "summary")))
                {
                    return true;
                }
            }

            return false;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static bool HasWords(JsonElement activity, string property) =>
        activity.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.GetString()!.Length > 0;

    private static bool IsString(JsonElement activity, string property, string expected) =>
        activity.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.ValueEquals(expected);
}
