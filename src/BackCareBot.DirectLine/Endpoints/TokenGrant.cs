using System.Text.Json.Serialization;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>What <c>POST /api/directline/token</c> gives a page: a conversation to start, as a user of its own.</summary>
internal sealed record TokenGrant(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserId);
