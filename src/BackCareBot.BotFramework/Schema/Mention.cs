using System.Text.Json;

namespace BackCareBot.BotFramework.Schema;

/// <summary>
/// An @mention: <see cref="Text"/> is the exact substring of <c>activity.text</c> (e.g. <c>&lt;at&gt;Name&lt;/at&gt;</c>)
/// that refers to <see cref="Mentioned"/>. Teams ignores an outgoing mention whose text is not in the message.
/// </summary>
public sealed class Mention
{
    public ChannelAccount? Mentioned { get; set; }

    public string? Text { get; set; }

    public Entity ToEntity()
    {
        var entity = new Entity(EntityTypes.Mention) { Properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal) };
        if (Mentioned is not null)
        {
            entity.Properties["mentioned"] = JsonSerializer.SerializeToElement(Mentioned, BotJson.TypeInfo<ChannelAccount>());
        }

        if (Text is not null)
        {
            entity.Properties["text"] = JsonSerializer.SerializeToElement(Text, BotJson.TypeInfo<string>());
        }

        return entity;
    }

    /// <summary>Reads a mention entity; false for other types and for a mention whose fields have the wrong shape.</summary>
    public static bool TryRead(Entity entity, out Mention mention)
    {
        ArgumentNullException.ThrowIfNull(entity);
        mention = new Mention();
        if (!entity.IsType(EntityTypes.Mention))
        {
            return false;
        }

        try
        {
            if (entity.TryGetProperty("mentioned", out var mentioned) && mentioned.Value.ValueKind == JsonValueKind.Object)
            {
                mention.Mentioned = mentioned.Value.Deserialize(BotJson.TypeInfo<ChannelAccount>());
            }
        }
        catch (JsonException)
        {
            return false;
        }

        if (entity.TryGetProperty("text", out var text) && text.Value.ValueKind == JsonValueKind.String)
        {
            mention.Text = text.Value.GetString();
        }

        return true;
    }
}
