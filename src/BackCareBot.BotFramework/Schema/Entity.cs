using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BackCareBot.BotFramework.Schema;

/// <summary>
/// An open object: a <see cref="Type"/> plus whatever properties that type defines (mentions, clientInfo, or
/// an application's own entities). Receivers ignore types they do not know, so every property is kept.
/// </summary>
public sealed class Entity
{
    public Entity()
    {
    }

    public Entity(string type) => Type = type;

    public string? Type { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Builds an entity of <paramref name="type"/> from the public properties of <paramref name="value"/>.</summary>
    public static Entity FromObject<T>(string type, T value, JsonSerializerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        return FromElement(type, JsonSerializer.SerializeToElement(value, options ?? BotJson.Options), nameof(value));
    }

    /// <summary>
    /// Builds an entity of <paramref name="type"/> from <paramref name="value"/> with metadata generated at build
    /// time, for entities sent on every turn.
    /// </summary>
    public static Entity FromObject<T>(string type, T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentException.ThrowIfNullOrEmpty(type);
        ArgumentNullException.ThrowIfNull(typeInfo);
        return FromElement(type, JsonSerializer.SerializeToElement(value, typeInfo), nameof(value));
    }

    private static Entity FromElement(string type, JsonElement element, string parameterName)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("An entity is built from an object.", parameterName);
        }

        var entity = new Entity(type) { Properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal) };
        foreach (var property in element.EnumerateObject())
        {
            if (!property.NameEquals("type"))
            {
                entity.Properties[property.Name] = property.Value;
            }
        }

        return entity;
    }

    /// <summary>Reads this entity, <see cref="Type"/> included, as a <typeparamref name="T"/>.</summary>
    public T? ToObject<T>(JsonSerializerOptions? options = null)
    {
        var element = JsonSerializer.SerializeToElement(this, BotJson.TypeInfo<Entity>());
        return element.Deserialize<T>(options ?? BotJson.Options);
    }

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.OrdinalIgnoreCase);

    public bool TryGetProperty(string name, [NotNullWhen(true)] out JsonElement? value)
    {
        if (Properties is not null && Properties.TryGetValue(name, out var found))
        {
            value = found;
            return true;
        }

        value = null;
        return false;
    }
}
