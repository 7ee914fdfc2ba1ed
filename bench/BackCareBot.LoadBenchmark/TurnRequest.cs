namespace BackCareBot.LoadBenchmark;

internal sealed record TurnRequest(string ConversationId, string ActivityId, string Text);
