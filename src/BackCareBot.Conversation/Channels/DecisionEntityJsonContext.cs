using System.Text.Json.Serialization;

namespace BackCareBot.Conversation.Channels;

/// <summary>
/// Metadata for the decision entities, generated at build time: every reply carries them, and with the wire's
/// settings (camelCase, nulls left out) they serialize without reflection.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TriageEntity))]
[JsonSerializable(typeof(AdviceEntity))]
internal sealed partial class DecisionEntityJsonContext : JsonSerializerContext;
