namespace BackCareBot.Conversation.HelpLines;

/// <summary>A crisis line as <c>dialogs/emergency-numbers.yaml</c> lists it.</summary>
/// <param name="Number">The number as people write it ("116 123").</param>
/// <param name="Words">A sentence naming the line and its number, said in the crisis reply.</param>
/// <param name="Label">The button's label; null for "Call {number}" (replies.yaml <c>calls.button</c>).</param>
/// <param name="Dial">Whether a button dials it: not when the person's country is unknown.</param>
public sealed record CrisisLine(string Number, string Words, string? Label, bool Dial);
