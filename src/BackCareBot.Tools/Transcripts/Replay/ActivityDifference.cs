namespace BackCareBot.Transcripts.Replay;

/// <summary>The first field in which what the bot sent differs from the transcript, both sides printable.</summary>
public sealed record ActivityDifference(string Field, string Expected, string Actual);
