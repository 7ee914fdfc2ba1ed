using System.Text.Json.Serialization;

namespace BackCareBot.LoadBenchmark;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ResourceResponse))]
internal sealed partial class FakeConnectorJsonContext : JsonSerializerContext;
