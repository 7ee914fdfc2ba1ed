using System.Text.Json.Serialization;

namespace BackCareBot.DirectLine.Tests.Support;

/// <summary>What the token route answers.</summary>
internal sealed record TokenDto(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserId);
