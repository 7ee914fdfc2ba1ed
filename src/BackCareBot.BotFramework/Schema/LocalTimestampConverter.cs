using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackCareBot.BotFramework.Schema;

/// <summary>Keeps the sender's UTC offset, which is the point of <c>localTimestamp</c>.</summary>
internal sealed class LocalTimestampConverter : JsonConverter<DateTimeOffset>
{
    private const string Format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz";

    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TimestampParsing.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[48];
        value.TryFormat(buffer, out var written, Format, CultureInfo.InvariantCulture);
        writer.WriteStringValue(buffer[..written]);
    }
}
