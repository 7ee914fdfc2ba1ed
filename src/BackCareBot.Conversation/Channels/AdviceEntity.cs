namespace BackCareBot.Conversation.Channels;

/// <summary>The properties of a <c>backcare/advice</c> entity.</summary>
internal sealed record AdviceEntity(string Id, double? Score);
