using System.Text.Json.Serialization;

namespace BackCareBot.DirectLine.AzureBotService;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(AzureTokenRequest))]
[JsonSerializable(typeof(AzureTokenResponse))]
internal sealed partial class AzureJsonContext : JsonSerializerContext;
