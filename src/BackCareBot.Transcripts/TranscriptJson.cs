using System.Text.Json;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts;

/// <summary>How transcripts are written: the wire's JSON settings (camelCase, nulls omitted), indented for review in a diff.</summary>
public static class TranscriptJson
{
    public static JsonSerializerOptions Indented { get; } = CreateIndented();

    public static Activity Copy(Activity activity) =>
        JsonSerializer.SerializeToElement(activity, BotJson.TypeInfo<Activity>()).Deserialize(BotJson.TypeInfo<Activity>())!;

    private static JsonSerializerOptions CreateIndented()
    {
        var options = new JsonSerializerOptions(BotJson.Options) { WriteIndented = true };
        options.MakeReadOnly();
        return options;
    }
}
