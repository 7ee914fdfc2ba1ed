using BackCareBot.DirectLine.Conversations;
using BackCareBot.DirectLine.Tokens;

namespace BackCareBot.DirectLine.Endpoints;

/// <summary>A request whose token is valid for its conversation; the conversation is null only where none is needed.</summary>
internal sealed record AuthorizedRequest(DirectLineToken Token, DirectLineConversation? Conversation);
