using System.Text.Json.Serialization;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>
/// What <c>POST /api/directline/token</c> gives a page: a conversation to start, as a user of its own, and, when it is
/// not the bot's own, the Direct Line to talk to (DirectLineJS's <c>domain</c>).
/// </summary>
internal sealed record TokenGrant(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserId,
    string? Domain = null);
