using System.Text.Json.Serialization;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>Direct Line's <c>Conversation</c> object: what starting, reconnecting and refreshing answer.</summary>
internal sealed record ConversationInfo(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);
