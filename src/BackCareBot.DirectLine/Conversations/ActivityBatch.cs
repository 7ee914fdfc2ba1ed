namespace BackCareBot.DirectLine.Conversations;

/// <summary>The activities after a watermark, and the watermark that follows them.</summary>
internal sealed record ActivityBatch(IReadOnlyList<byte[]> Activities, long Watermark);
