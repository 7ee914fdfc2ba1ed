namespace BackCareBot.LoadBenchmark;

/// <summary>Everything measured for one target, and the machine's load average just after.</summary>
internal sealed record TargetResult(TargetKind Target, TimeSpan FirstReply, LoadMeasurement Load, long? PeakResidentBytes, string LoadAverage);
