namespace BackCareBot.DirectLine.Tests.Support;

/// <summary>A conversation a test has started: its token, user and first stream URL.</summary>
internal sealed record StartedConversation(string ConversationId, string Token, string UserId, string StreamUrl);
