using BackCareBot.BotFramework.Schema;

namespace BackCareBot.Transcripts;

/// <summary>A conversation read from a file: its activities in order, user side and bot side, as a channel exchanged them.</summary>
/// <param name="Source">The file it was read from, as given (printed in reports and errors).</param>
public sealed record Transcript(string Source, IReadOnlyList<Activity> Activities);
