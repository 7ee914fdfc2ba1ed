using System.Text.Json.Serialization;

namespace BackCareBot.DirectLine.Endpoints;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(ConversationInfo))]
[JsonSerializable(typeof(TokenGrant))]
[JsonSerializable(typeof(SessionInfo))]
[JsonSerializable(typeof(StartParameters))]
internal sealed partial class DirectLineJsonContext : JsonSerializerContext;
