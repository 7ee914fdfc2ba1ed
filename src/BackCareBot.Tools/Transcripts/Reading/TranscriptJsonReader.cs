using System.Text.Json;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts.Reading;

/// <summary>
/// Reads the <c>.transcript</c> format: UTF-8 JSON (a byte order mark is tolerated), either an array of activities
/// or an object whose <c>transcript</c> property holds that array. Entries without a <c>type</c> are skipped, as the
/// format asks. Written by the SDKs' file transcript logger, the Emulator's "Save transcript", chatdown and our recorder.
/// </summary>
public static class TranscriptJsonReader
{
    private const string TranscriptProperty = "transcript";

    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = BotJson.MaxDepth,
    };

    /// <exception cref="TranscriptFormatException">Not JSON, not the shape above, or an activity with fields of the wrong type.</exception>
    public static Transcript Read(ReadOnlySpan<byte> utf8, string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var json = utf8.StartsWith("\uFEFF"u8) ? utf8[3..] : utf8;
        if (json.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            throw new TranscriptFormatException(source, 1, 1, "the file is empty");
        }

        var reader = new Utf8JsonReader(json, ReaderOptions);
        try
        {
            var activities = ReadRoot(ref reader, json, source);
            if (reader.Read())
            {
                throw Problem(source, json, reader.TokenStartIndex, "unexpected content after the transcript");
            }

            return new Transcript(source, activities);
        }
        catch (JsonException exception)
        {
            throw new TranscriptFormatException(
                source, (int)(exception.LineNumber ?? -1) + 1, (int)(exception.BytePositionInLine ?? -1) + 1, "not valid JSON", exception);
        }
    }

    private static List<Activity> ReadRoot(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string source)
    {
        if (!reader.Read())
        {
            throw new TranscriptFormatException(source, 1, 1, "the file is empty");
        }

        if (reader.TokenType == JsonTokenType.StartArray)
        {
            return ReadActivities(ref reader, json, source);
        }

        if (reader.TokenType == JsonTokenType.StartObject)
        {
            var start = reader.TokenStartIndex;
            List<Activity>? activities = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isTranscript = string.Equals(reader.GetString(), TranscriptProperty, StringComparison.OrdinalIgnoreCase);
                reader.Read();
                if (isTranscript && reader.TokenType == JsonTokenType.StartArray)
                {
                    activities = ReadActivities(ref reader, json, source);
                }
                else
                {
                    reader.Skip();
                }
            }

            return activities ?? throw Problem(source, json, start, $"an object transcript needs a \"{TranscriptProperty}\" array of activities");
        }

        throw Problem(source, json, reader.TokenStartIndex, "a transcript is a JSON array of activities, or an object with a \"transcript\" array");
    }

    private static List<Activity> ReadActivities(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, string source)
    {
        var activities = new List<Activity>();
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = reader.TokenStartIndex;
            var element = JsonElement.ParseValue(ref reader);
            if (HasType(element))
            {
                try
                {
                    activities.Add(element.Deserialize(BotJson.TypeInfo<Activity>())!);
                }
                catch (JsonException exception)
                {
                    throw Problem(source, json, start, $"activity {index + 1}: {exception.Path ?? "a field"} has the wrong type", exception);
                }
            }

            index++;
        }

        return activities;
    }

    private static bool HasType(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (string.Equals(property.Name, "type", StringComparison.OrdinalIgnoreCase))
            {
                return property.Value.ValueKind == JsonValueKind.String && property.Value.GetString() is { Length: > 0 };
            }
        }

        return false;
    }

    private static TranscriptFormatException Problem(string source, ReadOnlySpan<byte> json, long offset, string problem, Exception? inner = null)
    {
        var before = json[..(int)offset];
        var lastNewline = before.LastIndexOf((byte)'\n');
        return new TranscriptFormatException(source, before.Count((byte)'\n') + 1, (int)offset - lastNewline, problem, inner);
    }
}
