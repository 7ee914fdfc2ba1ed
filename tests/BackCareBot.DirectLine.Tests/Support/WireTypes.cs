using System.Text.Json.Serialization;
using BackCareBot.BotFramework.Schema;

namespace BackCareBot.DirectLine.Tests.Support;

/// <summary>Direct Line's Conversation object, read as a client reads it.</summary>
internal sealed record ConversationDto(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl);

/// <summary>What the token route answers.</summary>
internal sealed record TokenDto(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string UserId);

internal sealed record ActivitySetDto(List<Activity> Activities, string Watermark);

/// <summary>A conversation a test has started: its token, user and first stream URL.</summary>
internal sealed record StartedConversation(string ConversationId, string Token, string UserId, string StreamUrl);
