namespace BackCareBot.LoadBenchmark.Floor;

/// <summary>
/// What the stateful floor keeps per conversation: a document the size of the bot's (under 100 bytes of JSON), and
/// nothing a user said.
/// </summary>
internal sealed record FloorState(int Version, int Turns, string AdviceId, IReadOnlyList<string> Shown);
