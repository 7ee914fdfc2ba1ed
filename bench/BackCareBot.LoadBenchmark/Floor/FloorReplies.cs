namespace BackCareBot.LoadBenchmark.Floor;

/// <summary>The body of an <c>expectReplies</c> response.</summary>
internal sealed record FloorReplies(IReadOnlyList<FloorActivity> Activities);
