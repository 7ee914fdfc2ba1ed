using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BackCareBot.BotFramework.Schema;

/// <summary>
/// The one set of JSON settings for everything on the wire: camelCase, nulls omitted, timestamps ISO 8601 UTC,
/// property names matched case-insensitively on input as the official SDKs do. Wire types use source-generated
/// metadata; other types (an application's entity payloads) fall back to reflection.
/// </summary>
public static class BotJson
{
    /// <summary>Deep enough for any real Adaptive Card, shallow enough that nesting cannot exhaust the stack.</summary>
    public const int MaxDepth = 64;

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static JsonTypeInfo<T> TypeInfo<T>() => TypeInfoCache<T>.Value;

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNameCaseInsensitive = true,
            MaxDepth = MaxDepth,

            // JSON bodies are never embedded in HTML here; relaxed escaping keeps "<at>" and accented text readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = JsonTypeInfoResolver.Combine(BotJsonContext.Default, new DefaultJsonTypeInfoResolver()),
        };
        options.MakeReadOnly();
        return options;
    }

    private static class TypeInfoCache<T>
    {
        public static readonly JsonTypeInfo<T> Value = (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
    }
}
