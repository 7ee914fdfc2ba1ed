namespace BackCareBot.LoadBenchmark;

/// <summary>One target the bot must meet; <paramref name="Measured"/> is null when the run did not measure it.</summary>
internal sealed record PerformanceCheck(string Name, bool? Passed, string Measured);
