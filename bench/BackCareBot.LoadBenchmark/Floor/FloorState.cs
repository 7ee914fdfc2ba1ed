namespace BackCareBot.LoadBenchmark.Floor;

/// <summary>What the stateful floor keeps per conversation: a document of the bot's size, and nothing a user said.</summary>
internal sealed record FloorState(int Version, int Turns, string Dialog);
