using System.Text.Json.Serialization;

namespace BackCareBot.LoadBenchmark.Floor;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(FloorActivity))]
[JsonSerializable(typeof(FloorReplies))]
[JsonSerializable(typeof(FloorState))]
internal sealed partial class FloorJsonContext : JsonSerializerContext;
