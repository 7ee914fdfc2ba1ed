using System.Text.Json.Serialization;

namespace BackCareBot.DirectLine.AzureBotService;

/// <summary>What Azure's <c>POST /v3/directline/tokens/generate</c> answers.</summary>
internal sealed record AzureTokenResponse(
    string? ConversationId,
    string? Token,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn);
