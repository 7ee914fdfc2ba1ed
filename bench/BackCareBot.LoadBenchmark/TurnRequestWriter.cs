using System.Buffers;
using System.Text.Json;

namespace BackCareBot.LoadBenchmark;

/// <summary>
/// Writes a turn as a channel sends it: a Web Chat message over Direct Line, with the user, the bot, the
/// conversation, timestamps, locale and the <c>serviceUrl</c> the replies would go to.
/// </summary>
internal static class TurnRequestWriter
{
    public static void Write(IBufferWriter<byte> output, TurnRequest turn, ReplyDelivery delivery, Uri serviceUrl, DateTimeOffset now)
    {
        using var json = new Utf8JsonWriter(output);
        json.WriteStartObject();
        json.WriteString("type", "message");
        json.WriteString("id", turn.ActivityId);
        json.WriteString("timestamp", now);
        json.WriteString("localTimestamp", now);
        json.WriteString("serviceUrl", serviceUrl.AbsoluteUri);
        json.WriteString("channelId", "directline");
        WriteAccount(json, "from", "dl_" + turn.ConversationId, "You", "user");
        json.WriteStartObject("conversation");
        json.WriteString("id", turn.ConversationId);
        json.WriteEndObject();
        WriteAccount(json, "recipient", "backcarebot", "BackCareBot", "bot");
        json.WriteString("textFormat", "plain");
        json.WriteString("locale", "en-US");
        json.WriteString("text", turn.Text);
        json.WriteStartObject("channelData");
        json.WriteString("clientActivityID", turn.ActivityId);
        json.WriteEndObject();
        if (delivery == ReplyDelivery.ExpectReplies)
        {
            json.WriteString("deliveryMode", "expectReplies");
        }

        json.WriteEndObject();
    }

    private static void WriteAccount(Utf8JsonWriter json, string property, string id, string name, string role)
    {
        json.WriteStartObject(property);
        json.WriteString("id", id);
        json.WriteString("name", name);
        json.WriteString("role", role);
        json.WriteEndObject();
    }
}
