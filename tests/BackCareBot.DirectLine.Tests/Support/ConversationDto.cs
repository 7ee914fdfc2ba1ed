using System.Text.Json.Serialization;

namespace BackCareBot.DirectLine.Tests.Support;

/// <summary>Direct Line's Conversation object, read as a client reads it.</summary>
internal sealed record ConversationDto(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl);
