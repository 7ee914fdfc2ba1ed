namespace BackCareBot.Conversation.Channels;

/// <summary>The properties of a <c>backcare/triage</c> entity.</summary>
internal sealed record TriageEntity(string Level, IReadOnlyList<string> Reasons);
