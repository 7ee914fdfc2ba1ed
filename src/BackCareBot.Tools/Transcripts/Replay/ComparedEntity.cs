namespace BackCareBot.Transcripts.Replay;

/// <summary>
/// An entity type whose properties a replay compares when the transcript's activity carries that entity: strings
/// exactly, numbers within <see cref="ReplayOptions.NumberTolerance"/>, lists as sets. Properties the transcript's
/// entity leaves out are not compared.
/// </summary>
public sealed record ComparedEntity(string Type, IReadOnlyList<string> Properties);
