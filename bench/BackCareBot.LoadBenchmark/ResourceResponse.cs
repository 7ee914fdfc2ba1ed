namespace BackCareBot.LoadBenchmark;

/// <summary>What the Bot Connector answers for an activity it took: the id it gave it.</summary>
internal sealed record ResourceResponse(string Id);
