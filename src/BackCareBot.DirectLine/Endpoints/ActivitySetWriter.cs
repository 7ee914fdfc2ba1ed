using System.Globalization;
using System.Text.Json;
using BackCareBot.DirectLine.Conversations;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>Writes Direct Line's <c>ActivitySet</c> from activities serialized when they were logged.</summary>
internal static class ActivitySetWriter
{
    public static void Write(Utf8JsonWriter writer, ActivityBatch batch)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(batch);
        writer.WriteStartObject();
        writer.WriteStartArray("activities");
        foreach (var activity in batch.Activities)
        {
            writer.WriteRawValue(activity, skipInputValidation: true);
        }

        writer.WriteEndArray();
        writer.WriteString("watermark", FormatWatermark(batch.Watermark));
        writer.WriteEndObject();
    }

    public static string FormatWatermark(long watermark) => watermark.ToString(CultureInfo.InvariantCulture);
}
